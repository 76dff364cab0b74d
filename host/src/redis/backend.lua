-- mirage's Redis backend: every operation is one call of this script (EVALSHA), so each
-- one is atomic: it checks its preconditions first and then updates data and indexes
-- together. See mod.rs for the key layout.
--
-- ARGV[1] is the key prefix with its ':' ("mirage:"), ARGV[2] the operation, ARGV[3] a
-- request token ('' for reads), the rest its arguments. The reply is a flat array of
-- strings whose first element is "" on success or a short error code (ENOENT, ENOTDIR,
-- EISDIR, EEXIST, ENOTEMPTY, EPERM, EINVAL, ELINK).
--
-- A mutation's token makes a retry safe: its status is kept for a minute under
-- P:done:TOKEN, and a request whose token is known returns that status without running
-- again (a write whose connection dropped after it ran is not applied twice).
-- Keys are derived from the paths inside the script, so the backend needs one Redis
-- instance (not a cluster).

local P = ARGV[1]
local OP = ARGV[2]
local TOKEN = ARGV[3]
local FIRST_ARG = 4
local ALL = P .. 'all'

local function mk(p) return P .. 'm:' .. p end
local function dk(p) return P .. 'd:' .. p end
local function ck(p) return P .. 'c:' .. p end

-- "a/b/c" -> "a/b", "c"; "c" -> "", "c"
local function split(p)
  local i = string.match(p, '^.*()/')
  if i then return string.sub(p, 1, i - 1), string.sub(p, i + 1) end
  return '', p
end

local function join(a, b)
  if a == '' then return b end
  return a .. '/' .. b
end

-- 'f', 'd', 'l', or false when missing; the root always exists.
local function ftype(p)
  local t = redis.call('HGET', mk(p), 't')
  if t then return t end
  if p == '' then return 'd' end
  return false
end

-- The error for a missing path: ENOTDIR when an ancestor is not a directory.
local function missing(p)
  local q = p
  while q ~= '' do
    q = split(q)
    local t = ftype(q)
    if t then
      if t == 'd' then return 'ENOENT' end
      return 'ENOTDIR'
    end
  end
  return 'ENOENT'
end

-- nil when `p` is an existing directory, else the error code.
local function need_dir(p)
  local t = ftype(p)
  if t == 'd' then return nil end
  if t then return 'ENOTDIR' end
  return missing(p)
end

-- Metadata fields of an existing path: type, size, mtime, mode (strings, '' when unset).
local function meta(p)
  local m = redis.call('HMGET', mk(p), 't', 's', 'm', 'p')
  if not m[1] then
    if p == '' then return { 'd', '0', '', '' } end
    return nil
  end
  return { m[1], m[2] or '0', m[3] or '', m[4] or '' }
end

local function push_meta(out, m)
  for i = 1, 4 do out[#out + 1] = m[i] end
end

-- Paths strictly below directory `p`, from the sorted set of all paths.
local function below(p)
  if p == '' then return redis.call('ZRANGEBYLEX', ALL, '-', '+') end
  return redis.call('ZRANGEBYLEX', ALL, '[' .. p .. '/', '(' .. p .. '0')
end

-- Deletes the keys of `paths` in batches (unpack has a stack limit).
local function del_all(paths)
  local n = #paths
  local i = 1
  while i <= n do
    local keys, members = {}, {}
    for j = i, math.min(i + 499, n) do
      local p = paths[j]
      keys[#keys + 1] = mk(p)
      keys[#keys + 1] = dk(p)
      keys[#keys + 1] = ck(p)
      members[#members + 1] = p
    end
    redis.call('DEL', unpack(keys))
    redis.call('ZREM', ALL, unpack(members))
    i = i + 500
  end
end

-- Records a new child in its parent and in the set of all paths; stamps the parent.
local function link_child(p, now)
  local parent, name = split(p)
  redis.call('SADD', ck(parent), name)
  redis.call('ZADD', ALL, 0, p)
  redis.call('HSET', mk(parent), 't', 'd', 'm', now)
end

local function touch_parent(p, now)
  local parent = split(p)
  redis.call('HSET', mk(parent), 't', 'd', 'm', now)
end

local ops = {}

function ops.stat(p)
  local m = meta(p)
  if not m then return { missing(p) } end
  local out = { '' }
  push_meta(out, m)
  return out
end

-- read PATH [FIRST LAST]: LAST is inclusive (both decimal strings, no Lua arithmetic:
-- they may exceed a double's precision); FIRST 'empty' reads as empty.
local function read_one(p, first, last)
  local t = ftype(p)
  if not t then return missing(p), '' end
  if t == 'd' then return 'EISDIR', '' end
  if t == 'l' then return 'ELINK', '' end
  if first == 'empty' then return '', '' end
  if first then return '', redis.call('GETRANGE', dk(p), first, last) end
  return '', (redis.call('GET', dk(p)) or '')
end

function ops.read(p, first, last)
  local code, data = read_one(p, first, last)
  return { code, data }
end

-- read_many P1 P2 ...: '' then code and data per path (paths read from ARGV directly:
-- no unpack limit).
function ops.read_many()
  local out = { '' }
  for i = FIRST_ARG, #ARGV do
    local code, data = read_one(ARGV[i])
    out[#out + 1] = code
    out[#out + 1] = data
  end
  return out
end

-- Paths of the children of directory `p`.
local function children(p)
  local paths = {}
  for _, name in ipairs(redis.call('SMEMBERS', ck(p))) do
    paths[#paths + 1] = join(p, name)
  end
  return paths
end

-- '' then, per path of `paths_of(p)` (directory `p` checked first), the path relative to
-- `p` and its 4 metadata fields.
local function records(p, paths_of)
  local err = need_dir(p)
  if err then return { err } end
  local cut = #p + 2
  if p == '' then cut = 1 end
  local out = { '' }
  for _, q in ipairs(paths_of(p)) do
    local m = meta(q)
    if m then
      out[#out + 1] = string.sub(q, cut)
      push_meta(out, m)
    end
  end
  return out
end

-- list DIR: name + metadata per child (O(children)).
function ops.list(p) return records(p, children) end

-- walk DIR: relative path + metadata per entry below (one ZRANGEBYLEX).
function ops.walk(p) return records(p, below) end

-- write PATH DATA NOW APPEND('1'|'0')
function ops.write(p, data, now, append)
  if p == '' then return { 'EISDIR' } end
  local parent = split(p)
  local err = need_dir(parent)
  if err then return { err } end
  local t = ftype(p)
  if t == 'd' then return { 'EISDIR' } end
  if t == 'l' then return { 'ELINK' } end
  local size
  if append == '1' and t == 'f' then
    size = redis.call('APPEND', dk(p), data)
  else
    redis.call('SET', dk(p), data)
    size = #data
  end
  redis.call('HSET', mk(p), 't', 'f', 's', size, 'm', now)
  if t then touch_parent(p, now) else link_child(p, now) end
  return { '' }
end

-- Creates a new entry at `p` whose hash holds `fields` and the mtime.
local function create(p, now, fields)
  if p == '' then return { 'EEXIST' } end
  local err = need_dir(split(p))
  if err then return { err } end
  if ftype(p) then return { 'EEXIST' } end
  redis.call('HSET', mk(p), 'm', now, unpack(fields))
  link_child(p, now)
  return { '' }
end

-- mkdir PATH NOW
function ops.mkdir(p, now) return create(p, now, { 't', 'd', 's', 0 }) end

-- symlink TARGET LINK NOW
function ops.symlink(target, p, now)
  if p ~= '' and target == '' then return { 'ENOENT' } end
  return create(p, now, { 't', 'l', 's', #target, 'l', target })
end

function ops.readlink(p)
  local t = ftype(p)
  if not t then return { missing(p) } end
  if t ~= 'l' then return { 'EINVAL' } end
  return { '', redis.call('HGET', mk(p), 'l') or '' }
end

-- remove PATH RECURSIVE('1'|'0') NOW
function ops.remove(p, recursive, now)
  if p == '' then return { 'EPERM' } end
  local parent, name = split(p)
  local err = need_dir(parent)
  if err then return { err } end
  local t = ftype(p)
  if not t then return { 'ENOENT' } end
  if t == 'd' and redis.call('SCARD', ck(p)) > 0 then
    if recursive ~= '1' then return { 'ENOTEMPTY' } end
    del_all(below(p))
  end
  del_all({ p })
  redis.call('SREM', ck(parent), name)
  touch_parent(p, now)
  return { '' }
end

-- Renames the keys of one entry (those that exist).
local function move_keys(from, to)
  for _, key in ipairs({ mk, dk, ck }) do
    if redis.call('EXISTS', key(from)) == 1 then
      redis.call('RENAME', key(from), key(to))
    end
  end
end

-- rename FROM TO NOW
function ops.rename(from, to, now)
  if from == '' or to == '' then return { 'EINVAL' } end
  local src = ftype(from)
  if not src then return { missing(from) } end
  if from == to then return { '' } end
  if string.sub(to, 1, #from + 1) == from .. '/' then return { 'EINVAL' } end
  local from_parent, from_name = split(from)
  local to_parent, to_name = split(to)
  local err = need_dir(to_parent)
  if err then return { err } end
  local dst = ftype(to)
  if dst == 'd' then
    if src ~= 'd' then return { 'EISDIR' } end
    if redis.call('SCARD', ck(to)) > 0 then return { 'ENOTEMPTY' } end
  elseif dst and src == 'd' then
    return { 'ENOTDIR' }
  end
  if dst then del_all({ to }) end
  local moved = { from }
  if src == 'd' then
    for _, q in ipairs(below(from)) do moved[#moved + 1] = q end
  end
  local cut = #from + 1
  for _, q in ipairs(moved) do
    local nq = to .. string.sub(q, cut)
    move_keys(q, nq)
    redis.call('ZREM', ALL, q)
    redis.call('ZADD', ALL, 0, nq)
  end
  redis.call('SREM', ck(from_parent), from_name)
  touch_parent(from, now)
  link_child(to, now)
  return { '' }
end

-- chmod PATH MODE (links keep 0777)
function ops.chmod(p, mode)
  local t = ftype(p)
  if not t then return { missing(p) } end
  if t ~= 'l' then redis.call('HSET', mk(p), 't', t, 'p', mode) end
  return { '' }
end

-- touch PATH MTIME
function ops.touch(p, mtime)
  local t = ftype(p)
  if not t then return { missing(p) } end
  redis.call('HSET', mk(p), 't', t, 'm', mtime)
  return { '' }
end

local f = ops[OP]
if not f then return { 'EINVAL' } end
if OP == 'read_many' then return f() end
if TOKEN == '' then return f(unpack(ARGV, FIRST_ARG)) end
local done = P .. 'done:' .. TOKEN
local before = redis.call('GET', done)
if before then return { before } end
local reply = f(unpack(ARGV, FIRST_ARG))
redis.call('SET', done, reply[1], 'EX', 60)
return reply
