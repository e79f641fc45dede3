-- wrk script for perf/form-flow.sh: each connection (one per thread: run with -t N -c N) repeats the public
-- form flow as a visitor would: GET / (a fresh visitor: no cookie), POST the form with its ViewState, script
-- nonce and submission key, follow the redirect to the confirmation page. Counts whole flows and the answers
-- that set a session cookie (the public pages are stateless: none should); writes references.
local threads = {}
local next_id = 1
function setup(thread)
  thread:set("tid", next_id); next_id = next_id + 1
  table.insert(threads, thread)
end

local function enc(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  run = os.getenv("FLOW_RUN") or "run"
  state, cookie, vs, nonce, key, loc = "get", nil, nil, nil, nil, nil
  n, flows, errors, sessions = 0, 0, 0, 0
  refs, codes = {}, {}
end

function request()
  if state == "get" then
    return wrk.format("GET", "/", {["Accept-Language"] = "en"}, nil)
  elseif state == "post" then
    n = n + 1
    local email = "ff-" .. run .. "-" .. tid .. "-" .. n .. "@example.org"
    local body = "intake=intake&intake%3Aname=Form+Flow+" .. n .. "&intake%3Aemail=" .. enc(email) ..
      "&intake%3Aorganisation=Acme+Retail&intake%3Aright=ERASURE&intake%3Adescription=Please+delete+my+account." ..
      "&intake%3Awebsite=&intake%3Akey=" .. enc(key or "") .. "&intake%3Asubmit=Send+request" ..
      "&jakarta.faces.ViewState=" .. enc(vs) .. "&primefaces.nonce=" .. enc(nonce)
    return wrk.format("POST", "/index.xhtml", {["Cookie"] = cookie, ["Accept-Language"] = "en",
      ["Content-Type"] = "application/x-www-form-urlencoded"}, body)
  else
    return wrk.format("GET", loc, {["Cookie"] = cookie, ["Accept-Language"] = "en"}, nil)
  end
end

local function fail(status)
  errors = errors + 1
  codes[state .. ":" .. status] = (codes[state .. ":" .. status] or 0) + 1
  state, cookie = "get", nil
end

function response(status, headers, body)
  local c = headers["Set-Cookie"] or headers["set-cookie"]
  local session = c and c:match("(JSESSIONID=[^;]+)")
  if session then sessions = sessions + 1; cookie = session end
  if state == "get" then
    if status ~= 200 then return fail(status) end
    vs = body:match('name="jakarta.faces.ViewState" id="[^"]*" value="([^"]*)"')
    nonce = body:match('name="primefaces.nonce" value="([^"]*)"')
    key = body:match('name="intake:key" value="([^"]*)"')
    if not (vs and nonce) then return fail("noform") end
    state = "post"
  elseif state == "post" then
    if status ~= 302 then return fail(status) end
    loc = headers["Location"] or headers["location"]
    loc = loc and loc:gsub("^https?://[^/]+", "")
    if not loc or not loc:match("ref=") then return fail("noref") end
    state = "follow"
  else
    if status ~= 200 then return fail(status) end
    flows = flows + 1
    refs[#refs + 1] = loc:match("ref=([%w%-]+)")
    state, cookie = "get", nil
  end
end

function done(summary, latency, requests)
  local f = io.open(os.getenv("FLOW_OUT") .. "/refs.txt", "w")
  local tf, te, ts, cs = 0, 0, 0, {}
  for _, t in ipairs(threads) do
    tf = tf + t:get("flows"); te = te + t:get("errors"); ts = ts + t:get("sessions")
    for _, r in ipairs(t:get("refs")) do f:write(r, "\n") end
    for k, v in pairs(t:get("codes")) do cs[#cs + 1] = k .. "=" .. v end
  end
  f:close()
  io.write(string.format("FLOW_RESULT duration_us=%d flows=%d errors=%d sessions=%d http_requests=%d sock_errors=%d p50_ms=%.1f p99_ms=%.1f codes=%s\n",
    summary.duration, tf, te, ts, summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, (#cs > 0) and table.concat(cs, ",") or "-"))
end
