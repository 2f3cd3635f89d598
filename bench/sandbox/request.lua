-- wrk script: one method, one body, the sandbox's credentials (all from the environment).
wrk.method = os.getenv("BENCH_METHOD") or "GET"
local bodyFile = os.getenv("BENCH_BODY")
if bodyFile and bodyFile ~= "" then
    local f = io.open(bodyFile, "r")
    wrk.body = f:read("*a")
    f:close()
    wrk.headers["Content-Type"] = "application/json"
end
local auth = os.getenv("BENCH_AUTH")
if auth and auth ~= "" then
    wrk.headers["Authorization"] = auth
end
