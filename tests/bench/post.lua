-- wrk script for the POST scenarios of scripts/bench.sh: every request sends
-- the body in the file KP_BENCH_BODY, with each "@ONCE@" in it replaced by a
-- fresh one-time form token (cgi/core/once.h: any random token of the right
-- shape, 43 characters of base64url), so that every request creates a row
-- instead of being answered as a double submission of the first.
-- KP_BENCH_TYPE is the body's Content-Type.

local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
local threads = 0

function setup(thread)
	threads = threads + 1
	thread:set("thread_no", threads)
end

local parts

function init(args)
	-- Each thread has its own Lua state; seeding with its number keeps the
	-- two threads from making the same tokens.
	math.randomseed(os.time() * 1000 + (thread_no or 0))
	local f = assert(io.open(os.getenv("KP_BENCH_BODY"), "rb"))
	local body = f:read("*a")
	f:close()
	parts = {}
	local from = 1
	while true do
		local s, e = body:find("@ONCE@", from, true)
		if not s then
			break
		end
		parts[#parts + 1] = body:sub(from, s - 1)
		from = e + 1
	end
	parts[#parts + 1] = body:sub(from)
	wrk.method = "POST"
	wrk.headers["Content-Type"] = os.getenv("KP_BENCH_TYPE")
end

local function token()
	local t = {}
	for i = 1, 43 do
		local k = math.random(1, 64)
		t[i] = alphabet:sub(k, k)
	end
	return table.concat(t)
end

function request()
	if #parts == 1 then
		return wrk.format(nil, nil, nil, parts[1])
	end
	local out = { parts[1] }
	for i = 2, #parts do
		out[#out + 1] = token()
		out[#out + 1] = parts[i]
	end
	return wrk.format(nil, nil, nil, table.concat(out))
end
