-- Prosody's own JID preparation (util.jid.prep, as Prosody routes
-- stanzas), one input line per output line: the prepared JID, or a lone
-- NUL byte where Prosody refuses the line. Run with the lua5.4 Prosody
-- ships with:  lua5.4 bench/prosody-jid.lua < corpus > prepared
package.path = "/usr/lib/prosody/?.lua;" .. package.path
package.cpath = "/usr/lib/prosody/?.so;" .. package.cpath
local prep = require "util.jid".prep
local write = io.write
for line in io.lines() do
	write(prep(line) or "\0", "\n")
end
