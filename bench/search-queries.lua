-- wrk script for bench/search-load.sh: each request searches the next of these queries, in turn,
-- and carries an Authorization header, which the output cache neither serves nor stores, so
-- every request runs the search and renders the page.
local queries = {
  "red%20team", "penetration%20tester", "governance", "CISSP", "incident%20response",
  "data%20privacy", "python", "jobs%20for%20lawyers", "penetation%20tester", "security%20architect",
  "pentest", "how%20do%20I%20become%20a%20penetration%20tester", "encryption", "CISO", "threat%20intelligence",
  "model%20poisoning", "compliance%20officer", "EU%20AI%20Act", "salary", "machine%20learning",
}
local n = 0
wrk.headers["Authorization"] = "Bearer load-test"
wrk.headers["Accept-Encoding"] = "gzip"

request = function()
  n = n + 1
  return wrk.format("GET", "/search?q=" .. queries[(n % #queries) + 1])
end
