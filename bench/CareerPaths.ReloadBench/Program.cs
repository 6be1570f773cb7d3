using CareerPaths.ReloadBench;

// Save-to-served latency for content edits on a running site, and the requests that fail meanwhile.
// Usage: dotnet run -c Release --project bench/CareerPaths.ReloadBench [-- EDITS]
var edits = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 20;
var result = await ReloadLatency.MeasureAsync(edits);
Console.WriteLine(result);
return result.FailedRequests == 0 ? 0 : 1;
