# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_xmpp_global_optspecs
    string join \n a/account= config= j/jid= password-env= password-file= password-command= server= tls= ca-file= insecure allow-plain resource= timeout= o/output= json v/verbose q/quiet trace-xml h/help V/version
end

function __fish_xmpp_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_xmpp_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_xmpp_using_subcommand
    set -l cmd (__fish_xmpp_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c xmpp -n "__fish_xmpp_needs_command" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_needs_command" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_needs_command" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_needs_command" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_needs_command" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_needs_command" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_needs_command" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_needs_command" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_needs_command" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_needs_command" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_needs_command" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_needs_command" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_needs_command" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_needs_command" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_needs_command" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_needs_command" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_needs_command" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_needs_command" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_needs_command" -s V -l version -d 'Print version'
complete -c xmpp -n "__fish_xmpp_needs_command" -f -a "send" -d 'Send a message to one or more JIDs, and wait until the server has taken it'
complete -c xmpp -n "__fish_xmpp_needs_command" -f -a "listen" -d 'Stay online and print what arrives, one line per event'
complete -c xmpp -n "__fish_xmpp_needs_command" -f -a "history" -d 'Read the message archive (XEP-0313), oldest first, as one line per message'
complete -c xmpp -n "__fish_xmpp_needs_command" -f -a "relay" -d 'Serve an HTTP endpoint that sends over one warm, confirmed session'
complete -c xmpp -n "__fish_xmpp_needs_command" -f -a "adhoc" -d 'Ad-hoc commands (XEP-0050): list an entity\'s commands, run one'
complete -c xmpp -n "__fish_xmpp_needs_command" -f -a "admin" -d 'Server administration (XEP-0133) over ad-hoc commands, on the account\'s server'
complete -c xmpp -n "__fish_xmpp_needs_command" -f -a "account" -d 'The account itself (XEP-0077): register it, change its password, delete it'
complete -c xmpp -n "__fish_xmpp_needs_command" -f -a "muc" -d 'Room administration (XEP-0045 §10): create, configure, affiliations, destroy, subject, invite'
complete -c xmpp -n "__fish_xmpp_needs_command" -f -a "roster" -d 'Read and change the contact list (roster, RFC 6121)'
complete -c xmpp -n "__fish_xmpp_needs_command" -f -a "presence" -d 'Set your availability, manage subscriptions, see who is online'
complete -c xmpp -n "__fish_xmpp_needs_command" -f -a "iq" -d 'Send any IQ and print the answer\'s payload'
complete -c xmpp -n "__fish_xmpp_needs_command" -f -a "ping" -d 'Ping a JID (XEP-0199) and print the round-trip time'
complete -c xmpp -n "__fish_xmpp_needs_command" -f -a "disco" -d 'Service discovery (XEP-0030): what an entity is and what it offers'
complete -c xmpp -n "__fish_xmpp_needs_command" -f -a "version" -d 'Query an entity\'s software version (XEP-0092)'
complete -c xmpp -n "__fish_xmpp_needs_command" -f -a "time" -d 'Query an entity\'s time (XEP-0202)'
complete -c xmpp -n "__fish_xmpp_needs_command" -f -a "vcard" -d 'Fetch a vCard (vcard-temp, XEP-0054), text fields only'
complete -c xmpp -n "__fish_xmpp_needs_command" -f -a "check" -d 'Probe an XMPP service: DNS, every client and server endpoint, and with --jid a compliance suite for the account'
complete -c xmpp -n "__fish_xmpp_needs_command" -f -a "omemo" -d 'OMEMO keys: our fingerprint, others\' devices, trust'
complete -c xmpp -n "__fish_xmpp_needs_command" -f -a "jid" -d 'Check, split and normalize JIDs offline (no account, no network)'
complete -c xmpp -n "__fish_xmpp_needs_command" -f -a "config" -d 'Find, show, check and write the configuration'
complete -c xmpp -n "__fish_xmpp_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c xmpp -n "__fish_xmpp_needs_command" -f -a "man" -d 'Print the man page, or write one page per subcommand into a directory'
complete -c xmpp -n "__fish_xmpp_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -s m -l message -d 'The message body [default: all of stdin]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l type -d 'Message type' -r -f -a "chat\t''
normal\t''
headline\t''
groupchat\t''"
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -s s -l subject -d 'Subject line' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l thread -d 'Thread identifier' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l muc -d 'Also send to this room as groupchat: join, send, wait for the room to reflect it, leave (can be repeated)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l nick -d 'Nickname in rooms [default: the account\'s local part]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l muc-password-env -d 'Read the password of protected rooms from environment variable VAR' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l file -d 'Upload PATH (XEP-0363) and send its URL with an OOB element (can be repeated); a body is sent only with -m' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l via -d 'Hand the message to a running `xmpp relay` on its local socket instead of logging in: the same output and exit codes; XMPP_RELAY names the socket too (then options the relay cannot do send directly)' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l omemo-trust -d 'Which OMEMO devices to encrypt to: blind (trust new keys until one of the contact\'s keys is verified, as Conversations) or strict (only keys verified with `xmpp omemo trust`)' -r -f -a "blind\t'Blind trust before verification'
strict\t'Verified keys only'"
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l headline -d 'Same as --type headline (go-sendxmpp\'s spelling)'
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l lines -d 'Send every stdin line as its own message, as it arrives, over one connection'
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l ndjson -d 'Read JSON objects {"to", "body", "type"?, "subject"?, "thread"?, "id"?}, one per line'
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l raw -d 'Read raw stanzas from stdin (checked as XML before connecting) and send them as they are'
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l dry-run -d 'Print the stanzas that would be sent; connect to nothing'
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l nick-fallback -d 'When the nick is taken, try NICK_2, NICK_3... instead of failing'
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l create-room -d 'Create a --muc room that does not exist yet (persistent, kept for others); without it such a room is "no such room", exit 7'
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l receipt -d 'Request a delivery receipt (XEP-0184) per message and wait for it; exit 6 if any is missing at --timeout'
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l no-remote-confirm -d 'Do not wait for remote domains to confirm: exit once our own server has every message'
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l reconnect -d 'On a dropped connection, reconnect (5 tries, backoff 1-16 s), resume the session where the server kept it and send again only what it had not confirmed'
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l omemo -d 'Encrypt with OMEMO (0.3, as Conversations, Dino, Gajim, Monal): to every device of each recipient and our own other devices; when a recipient has no usable device nothing is sent (exit 7), never plain text'
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l no-omemo -d 'Send in clear although the profile says omemo = true'
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -s c -l count -d 'Stop after N printed events' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l from -d 'Only events from this JID, bare or full (can be repeated)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l type -d 'Only messages of this type (can be repeated)' -r -f -a "chat\t''
groupchat\t''
headline\t''
normal\t''
error\t''"
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l show -d 'Availability sub-state [default: plain available]' -r -f -a "chat\t''
away\t''
xa\t''
dnd\t''"
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l status -d 'Status text' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l priority -d 'Priority, -128 to 127 [default: 0; `presence set`: -1, so that no message is routed to a session that cannot show it]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l muc -d 'Join this room and print its messages; ROOM@SERVICE or ROOM@SERVICE/NICK (can be repeated)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l nick -d 'Nickname in rooms [default: the account\'s local part]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l exec -d 'Run CMD (sh -c) per printed event, the event\'s JSON on stdin, XMPP_FROM, XMPP_BODY (the first 32 KiB; XMPP_BODY_TRUNCATED=1 when cut), XMPP_TYPE set; its output goes to stderr. A command that cannot start, exits non-zero or times out stops listen with exit 1, and its event is not acknowledged: the server keeps it' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l exec-timeout -d 'Seconds an --exec command may run before it is killed' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l catch-up -d 'Before going live, print what the archive (XEP-0313) holds after the position saved in FILE, then go live; FILE is replaced (atomically) after each burst of handled events, so a restarted listener goes on where the last one stopped: at least once, exactly once when the last save completed. Rooms (--muc) are caught up from their own archives, without the rooms\' own backlog' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l since -d 'With --catch-up and no position saved yet: start from this time (RFC 3339, or a span back from now: 2h, 7d); without it the first run starts live' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l keepalive -d 'After SECS without traffic, ping the server to check that the link is alive (a dead one is found within SECS + --timeout)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l presence -d 'Also print presence stanzas'
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l iq -d 'Also print incoming IQ requests (they are answered either way)'
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l all -d 'Print everything: messages without a body, presence and IQs'
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l no-history -d 'Do not print the rooms\' backlog'
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l carbons -d 'Also print copies of what the account\'s other clients send and receive (XEP-0280)'
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l omemo -d 'Decrypt OMEMO messages to this account\'s OMEMO device (published at start): JSON events get "encryption": "omemo", "device", "fingerprint", "trust"; one that cannot be decrypted is printed with "error", not dropped. `omemo = true` in a profile does the same. Without it an OMEMO message is printed with "encryption": "omemo", no body and an "error" naming --omemo'
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l no-omemo -d 'Do not decrypt although the profile says omemo = true'
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l reconnect -d 'On a dropped connection, reconnect with backoff (up to 60 s) and go on; where the server kept the session (XEP-0198), resume it and miss nothing'
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand listen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and not __fish_seen_subcommand_from prefs help" -l with -d 'Only the conversation with this JID (a bare JID matches all its resources)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and not __fish_seen_subcommand_from prefs help" -l muc -d 'The archive of this room instead of the account\'s (XEP-0313 on the room)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and not __fish_seen_subcommand_from prefs help" -l since -d 'From this time on: RFC 3339, or a span back from now (90s, 15m, 2h, 7d, 2w)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and not __fish_seen_subcommand_from prefs help" -l until -d 'Up to this time: RFC 3339, or a span back from now' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and not __fish_seen_subcommand_from prefs help" -l after -d 'After this archive id (the "last" of an earlier run\'s end line)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and not __fish_seen_subcommand_from prefs help" -l before -d 'The messages just before this archive id (the newest --limit of them)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and not __fish_seen_subcommand_from prefs help" -l limit -d 'At most this many messages (exit 1 when more were left)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and not __fish_seen_subcommand_from prefs help" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and not __fish_seen_subcommand_from prefs help" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and not __fish_seen_subcommand_from prefs help" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and not __fish_seen_subcommand_from prefs help" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and not __fish_seen_subcommand_from prefs help" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and not __fish_seen_subcommand_from prefs help" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and not __fish_seen_subcommand_from prefs help" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and not __fish_seen_subcommand_from prefs help" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and not __fish_seen_subcommand_from prefs help" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and not __fish_seen_subcommand_from prefs help" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and not __fish_seen_subcommand_from prefs help" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and not __fish_seen_subcommand_from prefs help" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and not __fish_seen_subcommand_from prefs help" -l omemo -d 'Decrypt what was encrypted to this account\'s OMEMO device, from a copy of its state that is never saved (the live ratchet is not moved); the rest is reported with an "error"'
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and not __fish_seen_subcommand_from prefs help" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and not __fish_seen_subcommand_from prefs help" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and not __fish_seen_subcommand_from prefs help" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and not __fish_seen_subcommand_from prefs help" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and not __fish_seen_subcommand_from prefs help" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and not __fish_seen_subcommand_from prefs help" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and not __fish_seen_subcommand_from prefs help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and not __fish_seen_subcommand_from prefs help" -a "prefs" -d 'Read or set which messages the server archives (XEP-0313 preferences)'
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and not __fish_seen_subcommand_from prefs help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and __fish_seen_subcommand_from prefs" -l default -d 'Archive every message (always), none (never), or those with contacts (roster)' -r -f -a "always\t''
never\t''
roster\t''"
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and __fish_seen_subcommand_from prefs" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and __fish_seen_subcommand_from prefs" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and __fish_seen_subcommand_from prefs" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and __fish_seen_subcommand_from prefs" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and __fish_seen_subcommand_from prefs" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and __fish_seen_subcommand_from prefs" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and __fish_seen_subcommand_from prefs" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and __fish_seen_subcommand_from prefs" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and __fish_seen_subcommand_from prefs" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and __fish_seen_subcommand_from prefs" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and __fish_seen_subcommand_from prefs" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and __fish_seen_subcommand_from prefs" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and __fish_seen_subcommand_from prefs" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and __fish_seen_subcommand_from prefs" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and __fish_seen_subcommand_from prefs" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and __fish_seen_subcommand_from prefs" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and __fish_seen_subcommand_from prefs" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and __fish_seen_subcommand_from prefs" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and __fish_seen_subcommand_from prefs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and __fish_seen_subcommand_from help" -f -a "prefs" -d 'Read or set which messages the server archives (XEP-0313 preferences)'
complete -c xmpp -n "__fish_xmpp_using_subcommand history; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmpp -n "__fish_xmpp_using_subcommand relay" -l listen -d 'Address and port to serve HTTP on [default: 127.0.0.1:9280]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand relay" -l socket -d 'The local socket for `xmpp send --via` [default: $XDG_RUNTIME_DIR/xmpp-cli/relay.sock]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand relay" -l token-file -d 'File of bearer tokens, one per line (blank lines and # comments ignored)' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand relay" -l token-env -d 'Environment variable that holds a bearer token' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand relay" -l allow-to -d 'Only these recipients for POST /send (repeatable; bare JIDs match every resource)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand relay" -l deadline -d 'How long a request waits for the server\'s confirmation before it is answered 503 [default: 30]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand relay" -l keepalive -d 'After SECS with nothing from the server, ping it; nothing at all for --deadline after that, and the session is started again [default: 60]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand relay" -l rate -d 'Write at most BYTES a second to the server (0: no pacing) [default: 9000, under Prosody\'s stock c2s limit]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand relay" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand relay" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand relay" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand relay" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand relay" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand relay" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand relay" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand relay" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand relay" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand relay" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand relay" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand relay" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand relay" -l check-config -d 'Check the [relay] settings, routes and templates, print the routes, and exit (no connection)'
complete -c xmpp -n "__fish_xmpp_using_subcommand relay" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand relay" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand relay" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand relay" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand relay" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand relay" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand relay" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and not __fish_seen_subcommand_from list run help" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and not __fish_seen_subcommand_from list run help" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and not __fish_seen_subcommand_from list run help" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and not __fish_seen_subcommand_from list run help" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and not __fish_seen_subcommand_from list run help" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and not __fish_seen_subcommand_from list run help" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and not __fish_seen_subcommand_from list run help" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and not __fish_seen_subcommand_from list run help" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and not __fish_seen_subcommand_from list run help" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and not __fish_seen_subcommand_from list run help" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and not __fish_seen_subcommand_from list run help" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and not __fish_seen_subcommand_from list run help" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and not __fish_seen_subcommand_from list run help" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and not __fish_seen_subcommand_from list run help" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and not __fish_seen_subcommand_from list run help" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and not __fish_seen_subcommand_from list run help" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and not __fish_seen_subcommand_from list run help" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and not __fish_seen_subcommand_from list run help" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and not __fish_seen_subcommand_from list run help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and not __fish_seen_subcommand_from list run help" -f -a "list" -d 'List the commands an entity offers (the own server by default)'
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and not __fish_seen_subcommand_from list run help" -f -a "run" -d 'Run a command to its end, its forms filled from --field and --form-json'
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and not __fish_seen_subcommand_from list run help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from list" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from list" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from list" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from list" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from list" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from list" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from list" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from list" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from list" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from list" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from list" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from list" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from list" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l field -d 'A field\'s value, VAR=VALUE (repeat a VAR for several values)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l form-json -d 'Field values as a JSON object from FILE, or - for stdin' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l action -d 'The action for the next stage, in order (repeatable): next, prev, complete or cancel; stages past the list go next while offered, then complete' -r -f -a "next\t''
prev\t''
complete\t''
cancel\t''"
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from run" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from run" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from run" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l forms-only -d 'Print the first form and cancel, submitting nothing'
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from run" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from run" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the commands an entity offers (the own server by default)'
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run a command to its end, its forms filled from --field and --form-json'
complete -c xmpp -n "__fish_xmpp_using_subcommand adhoc; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user disable-user change-password end-sessions online-users registered-users announce help" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user disable-user change-password end-sessions online-users registered-users announce help" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user disable-user change-password end-sessions online-users registered-users announce help" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user disable-user change-password end-sessions online-users registered-users announce help" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user disable-user change-password end-sessions online-users registered-users announce help" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user disable-user change-password end-sessions online-users registered-users announce help" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user disable-user change-password end-sessions online-users registered-users announce help" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user disable-user change-password end-sessions online-users registered-users announce help" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user disable-user change-password end-sessions online-users registered-users announce help" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user disable-user change-password end-sessions online-users registered-users announce help" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user disable-user change-password end-sessions online-users registered-users announce help" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user disable-user change-password end-sessions online-users registered-users announce help" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user disable-user change-password end-sessions online-users registered-users announce help" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user disable-user change-password end-sessions online-users registered-users announce help" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user disable-user change-password end-sessions online-users registered-users announce help" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user disable-user change-password end-sessions online-users registered-users announce help" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user disable-user change-password end-sessions online-users registered-users announce help" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user disable-user change-password end-sessions online-users registered-users announce help" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user disable-user change-password end-sessions online-users registered-users announce help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user disable-user change-password end-sessions online-users registered-users announce help" -f -a "add-user" -d 'Create an account'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user disable-user change-password end-sessions online-users registered-users announce help" -f -a "delete-user" -d 'Delete an account'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user disable-user change-password end-sessions online-users registered-users announce help" -f -a "disable-user" -d 'Disable an account (its sessions end; it cannot log in)'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user disable-user change-password end-sessions online-users registered-users announce help" -f -a "change-password" -d 'Set an account\'s password'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user disable-user change-password end-sessions online-users registered-users announce help" -f -a "end-sessions" -d 'End every session of an account'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user disable-user change-password end-sessions online-users registered-users announce help" -f -a "online-users" -d 'The accounts online now'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user disable-user change-password end-sessions online-users registered-users announce help" -f -a "registered-users" -d 'Every registered account'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user disable-user change-password end-sessions online-users registered-users announce help" -f -a "announce" -d 'A message to every online user (body from -m or stdin)'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and not __fish_seen_subcommand_from add-user delete-user disable-user change-password end-sessions online-users registered-users announce help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l new-password-file -d 'The new password from the first line of FILE' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l new-password-env -d 'The new password from this environment variable' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from add-user" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from add-user" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from add-user" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l ndjson -d 'Read the accounts from stdin, one JSON object a line: {"jid", "password"?}'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l generate-password -d 'Make a random password (24 characters) and print it once'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l dry-run -d 'Print the commands\' stanzas instead of sending them (nothing is logged in)'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from add-user" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from add-user" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from add-user" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from add-user" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l new-password-file -d 'The new password from the first line of FILE' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l new-password-env -d 'The new password from this environment variable' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l ndjson -d 'Read the accounts from stdin, one JSON object a line: {"jid", "password"?}'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l generate-password -d 'Make a random password (24 characters) and print it once'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l dry-run -d 'Print the commands\' stanzas instead of sending them (nothing is logged in)'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from delete-user" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from disable-user" -l new-password-file -d 'The new password from the first line of FILE' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from disable-user" -l new-password-env -d 'The new password from this environment variable' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from disable-user" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from disable-user" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from disable-user" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from disable-user" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from disable-user" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from disable-user" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from disable-user" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from disable-user" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from disable-user" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from disable-user" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from disable-user" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from disable-user" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from disable-user" -l ndjson -d 'Read the accounts from stdin, one JSON object a line: {"jid", "password"?}'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from disable-user" -l generate-password -d 'Make a random password (24 characters) and print it once'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from disable-user" -l dry-run -d 'Print the commands\' stanzas instead of sending them (nothing is logged in)'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from disable-user" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from disable-user" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from disable-user" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from disable-user" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from disable-user" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from disable-user" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from disable-user" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l new-password-file -d 'The new password from the first line of FILE' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l new-password-env -d 'The new password from this environment variable' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from change-password" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from change-password" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from change-password" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l ndjson -d 'Read the accounts from stdin, one JSON object a line: {"jid", "password"?}'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l generate-password -d 'Make a random password (24 characters) and print it once'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l dry-run -d 'Print the commands\' stanzas instead of sending them (nothing is logged in)'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from change-password" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from change-password" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from change-password" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from change-password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from end-sessions" -l new-password-file -d 'The new password from the first line of FILE' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from end-sessions" -l new-password-env -d 'The new password from this environment variable' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from end-sessions" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from end-sessions" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from end-sessions" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from end-sessions" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from end-sessions" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from end-sessions" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from end-sessions" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from end-sessions" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from end-sessions" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from end-sessions" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from end-sessions" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from end-sessions" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from end-sessions" -l ndjson -d 'Read the accounts from stdin, one JSON object a line: {"jid", "password"?}'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from end-sessions" -l generate-password -d 'Make a random password (24 characters) and print it once'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from end-sessions" -l dry-run -d 'Print the commands\' stanzas instead of sending them (nothing is logged in)'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from end-sessions" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from end-sessions" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from end-sessions" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from end-sessions" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from end-sessions" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from end-sessions" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from end-sessions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from online-users" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from online-users" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from online-users" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from online-users" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from online-users" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from online-users" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from online-users" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from online-users" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from online-users" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from online-users" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from online-users" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from online-users" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from online-users" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from online-users" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from online-users" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from online-users" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from online-users" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from online-users" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from online-users" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from registered-users" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from registered-users" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from registered-users" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from registered-users" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from registered-users" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from registered-users" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from registered-users" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from registered-users" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from registered-users" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from registered-users" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from registered-users" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from registered-users" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from registered-users" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from registered-users" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from registered-users" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from registered-users" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from registered-users" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from registered-users" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from registered-users" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from announce" -s m -l message -d 'The message [default: stdin]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from announce" -l subject -d 'A subject line' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from announce" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from announce" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from announce" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from announce" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from announce" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from announce" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from announce" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from announce" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from announce" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from announce" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from announce" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from announce" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from announce" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from announce" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from announce" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from announce" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from announce" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from announce" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from announce" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "add-user" -d 'Create an account'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "delete-user" -d 'Delete an account'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "disable-user" -d 'Disable an account (its sessions end; it cannot log in)'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "change-password" -d 'Set an account\'s password'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "end-sessions" -d 'End every session of an account'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "online-users" -d 'The accounts online now'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "registered-users" -d 'Every registered account'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "announce" -d 'A message to every online user (body from -m or stdin)'
complete -c xmpp -n "__fish_xmpp_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and not __fish_seen_subcommand_from register password delete help" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and not __fish_seen_subcommand_from register password delete help" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and not __fish_seen_subcommand_from register password delete help" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and not __fish_seen_subcommand_from register password delete help" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and not __fish_seen_subcommand_from register password delete help" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and not __fish_seen_subcommand_from register password delete help" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and not __fish_seen_subcommand_from register password delete help" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and not __fish_seen_subcommand_from register password delete help" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and not __fish_seen_subcommand_from register password delete help" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and not __fish_seen_subcommand_from register password delete help" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and not __fish_seen_subcommand_from register password delete help" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and not __fish_seen_subcommand_from register password delete help" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and not __fish_seen_subcommand_from register password delete help" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and not __fish_seen_subcommand_from register password delete help" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and not __fish_seen_subcommand_from register password delete help" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and not __fish_seen_subcommand_from register password delete help" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and not __fish_seen_subcommand_from register password delete help" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and not __fish_seen_subcommand_from register password delete help" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and not __fish_seen_subcommand_from register password delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and not __fish_seen_subcommand_from register password delete help" -f -a "register" -d 'Register the --jid account on its server (in-band registration)'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and not __fish_seen_subcommand_from register password delete help" -f -a "password" -d 'Change the account\'s password, then log in with the new one'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and not __fish_seen_subcommand_from register password delete help" -f -a "delete" -d 'Delete the account from its server'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and not __fish_seen_subcommand_from register password delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from register" -l field -d 'A further field of the server\'s registration form, VAR=VALUE' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from register" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from register" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from register" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from register" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from register" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from register" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from register" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from register" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from register" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from register" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from register" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from register" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from register" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from register" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from register" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from register" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from register" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from register" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from password" -l new-password-file -d 'The new password from the first line of FILE' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from password" -l new-password-env -d 'The new password from this environment variable' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from password" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from password" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from password" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from password" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from password" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from password" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from password" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from password" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from password" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from password" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from password" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from password" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from password" -l generate-password -d 'Make a random password (24 characters) and print it once'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from password" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from password" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from password" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from password" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from password" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from password" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from delete" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from delete" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from delete" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from delete" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from delete" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from delete" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from delete" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from delete" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from delete" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from delete" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from delete" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from delete" -l yes -d 'Yes, delete it: everything the server keeps for it goes'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from delete" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from delete" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from delete" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from delete" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "register" -d 'Register the --jid account on its server (in-band registration)'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "password" -d 'Change the account\'s password, then log in with the new one'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete the account from its server'
complete -c xmpp -n "__fish_xmpp_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and not __fish_seen_subcommand_from create config affiliations destroy subject invite help" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and not __fish_seen_subcommand_from create config affiliations destroy subject invite help" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and not __fish_seen_subcommand_from create config affiliations destroy subject invite help" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and not __fish_seen_subcommand_from create config affiliations destroy subject invite help" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and not __fish_seen_subcommand_from create config affiliations destroy subject invite help" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and not __fish_seen_subcommand_from create config affiliations destroy subject invite help" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and not __fish_seen_subcommand_from create config affiliations destroy subject invite help" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and not __fish_seen_subcommand_from create config affiliations destroy subject invite help" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and not __fish_seen_subcommand_from create config affiliations destroy subject invite help" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and not __fish_seen_subcommand_from create config affiliations destroy subject invite help" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and not __fish_seen_subcommand_from create config affiliations destroy subject invite help" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and not __fish_seen_subcommand_from create config affiliations destroy subject invite help" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and not __fish_seen_subcommand_from create config affiliations destroy subject invite help" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and not __fish_seen_subcommand_from create config affiliations destroy subject invite help" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and not __fish_seen_subcommand_from create config affiliations destroy subject invite help" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and not __fish_seen_subcommand_from create config affiliations destroy subject invite help" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and not __fish_seen_subcommand_from create config affiliations destroy subject invite help" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and not __fish_seen_subcommand_from create config affiliations destroy subject invite help" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and not __fish_seen_subcommand_from create config affiliations destroy subject invite help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and not __fish_seen_subcommand_from create config affiliations destroy subject invite help" -f -a "create" -d 'Create a room, configured before anyone can enter'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and not __fish_seen_subcommand_from create config affiliations destroy subject invite help" -f -a "config" -d 'Print the room\'s configuration, or change fields with --set'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and not __fish_seen_subcommand_from create config affiliations destroy subject invite help" -f -a "affiliations" -d 'List owners, admins, members and outcasts, or change them with --set'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and not __fish_seen_subcommand_from create config affiliations destroy subject invite help" -f -a "destroy" -d 'Destroy the room, telling its occupants why and where to go'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and not __fish_seen_subcommand_from create config affiliations destroy subject invite help" -f -a "subject" -d 'Set the room\'s subject'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and not __fish_seen_subcommand_from create config affiliations destroy subject invite help" -f -a "invite" -d 'Invite someone to the room (mediated: through the room)'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and not __fish_seen_subcommand_from create config affiliations destroy subject invite help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from create" -l config-json -d 'Configuration fields as a JSON object from FILE, or - for stdin' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from create" -l set -d 'A configuration field, VAR=VALUE (repeatable)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from create" -l nick -d 'Our nick while creating it [default: the account\'s name]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from create" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from create" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from create" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from create" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from create" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from create" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from create" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from create" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from create" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from create" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from create" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from create" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from create" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from create" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from config" -l set -d 'A configuration field, VAR=VALUE (repeatable)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from config" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from config" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from config" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from config" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from config" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from config" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from config" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from config" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from config" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from config" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from config" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from config" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from config" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from config" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from config" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from config" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from config" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from config" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from config" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from affiliations" -l set -d 'JID=owner|admin|member|outcast|none (repeatable; one request)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from affiliations" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from affiliations" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from affiliations" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from affiliations" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from affiliations" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from affiliations" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from affiliations" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from affiliations" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from affiliations" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from affiliations" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from affiliations" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from affiliations" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from affiliations" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from affiliations" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from affiliations" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from affiliations" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from affiliations" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from affiliations" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from affiliations" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l reason -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l alternate -d 'The room the occupants should go to instead' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from destroy" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from destroy" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from destroy" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from destroy" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from destroy" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from destroy" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from destroy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from subject" -l nick -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from subject" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from subject" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from subject" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from subject" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from subject" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from subject" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from subject" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from subject" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from subject" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from subject" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from subject" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from subject" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from subject" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from subject" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from subject" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from subject" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from subject" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from subject" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from subject" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from invite" -l reason -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from invite" -l nick -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from invite" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from invite" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from invite" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from invite" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from invite" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from invite" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from invite" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from invite" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from invite" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from invite" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from invite" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from invite" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from invite" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from invite" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from invite" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from invite" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from invite" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from invite" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from invite" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a room, configured before anyone can enter'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from help" -f -a "config" -d 'Print the room\'s configuration, or change fields with --set'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from help" -f -a "affiliations" -d 'List owners, admins, members and outcasts, or change them with --set'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from help" -f -a "destroy" -d 'Destroy the room, telling its occupants why and where to go'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from help" -f -a "subject" -d 'Set the room\'s subject'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from help" -f -a "invite" -d 'Invite someone to the room (mediated: through the room)'
complete -c xmpp -n "__fish_xmpp_using_subcommand muc; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and not __fish_seen_subcommand_from list add set remove export import help" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and not __fish_seen_subcommand_from list add set remove export import help" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and not __fish_seen_subcommand_from list add set remove export import help" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and not __fish_seen_subcommand_from list add set remove export import help" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and not __fish_seen_subcommand_from list add set remove export import help" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and not __fish_seen_subcommand_from list add set remove export import help" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and not __fish_seen_subcommand_from list add set remove export import help" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and not __fish_seen_subcommand_from list add set remove export import help" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and not __fish_seen_subcommand_from list add set remove export import help" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and not __fish_seen_subcommand_from list add set remove export import help" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and not __fish_seen_subcommand_from list add set remove export import help" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and not __fish_seen_subcommand_from list add set remove export import help" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and not __fish_seen_subcommand_from list add set remove export import help" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and not __fish_seen_subcommand_from list add set remove export import help" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and not __fish_seen_subcommand_from list add set remove export import help" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and not __fish_seen_subcommand_from list add set remove export import help" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and not __fish_seen_subcommand_from list add set remove export import help" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and not __fish_seen_subcommand_from list add set remove export import help" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and not __fish_seen_subcommand_from list add set remove export import help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and not __fish_seen_subcommand_from list add set remove export import help" -f -a "list" -d 'List every contact: JID, name, subscription, pending ask, groups'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and not __fish_seen_subcommand_from list add set remove export import help" -f -a "add" -d 'Add a contact (an existing one is updated to exactly this)'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and not __fish_seen_subcommand_from list add set remove export import help" -f -a "set" -d 'Change a contact\'s name or groups; what is not given is kept'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and not __fish_seen_subcommand_from list add set remove export import help" -f -a "remove" -d 'Remove a contact (and cancel subscriptions both ways)'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and not __fish_seen_subcommand_from list add set remove export import help" -f -a "export" -d 'Print the roster as JSON (the shape `import` reads)'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and not __fish_seen_subcommand_from list add set remove export import help" -f -a "import" -d 'Make the roster match a JSON file: add and update, and with --prune remove the rest'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and not __fish_seen_subcommand_from list add set remove export import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from list" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from list" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from list" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from list" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from list" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from list" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from list" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from list" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from list" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from list" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from list" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from list" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from list" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from add" -l name -d 'Display name' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from add" -l group -d 'Group (can be repeated)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from add" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from add" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from add" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from add" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from add" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from add" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from add" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from add" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from add" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from add" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from add" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from add" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from add" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from add" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from add" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from set" -l name -d 'Display name' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from set" -l group -d 'Group (can be repeated)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from set" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from set" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from set" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from set" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from set" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from set" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from set" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from set" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from set" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from set" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from set" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from set" -l no-groups -d 'Remove the contact from every group'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from set" -l no-name -d 'Remove the display name'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from set" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from set" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from set" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from set" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from remove" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from remove" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from remove" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from remove" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from remove" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from remove" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from remove" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from remove" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from remove" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from remove" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from remove" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from remove" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from remove" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from remove" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from remove" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from export" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from export" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from export" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from export" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from export" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from export" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from export" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from export" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from export" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from export" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from export" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from export" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from export" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from export" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from export" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from import" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from import" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from import" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from import" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from import" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from import" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from import" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from import" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from import" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from import" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from import" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from import" -l prune -d 'Also remove contacts that are not in FILE'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from import" -l dry-run -d 'Print the plan (add/update/remove per JID) and change nothing'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from import" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from import" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from import" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from import" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from help" -f -a "list" -d 'List every contact: JID, name, subscription, pending ask, groups'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a contact (an existing one is updated to exactly this)'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a contact\'s name or groups; what is not given is kept'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a contact (and cancel subscriptions both ways)'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from help" -f -a "export" -d 'Print the roster as JSON (the shape `import` reads)'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from help" -f -a "import" -d 'Make the roster match a JSON file: add and update, and with --prune remove the rest'
complete -c xmpp -n "__fish_xmpp_using_subcommand roster; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and not __fish_seen_subcommand_from set subscribe unsubscribe approve deny list help" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and not __fish_seen_subcommand_from set subscribe unsubscribe approve deny list help" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and not __fish_seen_subcommand_from set subscribe unsubscribe approve deny list help" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and not __fish_seen_subcommand_from set subscribe unsubscribe approve deny list help" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and not __fish_seen_subcommand_from set subscribe unsubscribe approve deny list help" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and not __fish_seen_subcommand_from set subscribe unsubscribe approve deny list help" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and not __fish_seen_subcommand_from set subscribe unsubscribe approve deny list help" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and not __fish_seen_subcommand_from set subscribe unsubscribe approve deny list help" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and not __fish_seen_subcommand_from set subscribe unsubscribe approve deny list help" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and not __fish_seen_subcommand_from set subscribe unsubscribe approve deny list help" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and not __fish_seen_subcommand_from set subscribe unsubscribe approve deny list help" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and not __fish_seen_subcommand_from set subscribe unsubscribe approve deny list help" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and not __fish_seen_subcommand_from set subscribe unsubscribe approve deny list help" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and not __fish_seen_subcommand_from set subscribe unsubscribe approve deny list help" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and not __fish_seen_subcommand_from set subscribe unsubscribe approve deny list help" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and not __fish_seen_subcommand_from set subscribe unsubscribe approve deny list help" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and not __fish_seen_subcommand_from set subscribe unsubscribe approve deny list help" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and not __fish_seen_subcommand_from set subscribe unsubscribe approve deny list help" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and not __fish_seen_subcommand_from set subscribe unsubscribe approve deny list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and not __fish_seen_subcommand_from set subscribe unsubscribe approve deny list help" -f -a "set" -d 'Go online with this presence and stay until --hold runs out or SIGINT/SIGTERM'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and not __fish_seen_subcommand_from set subscribe unsubscribe approve deny list help" -f -a "subscribe" -d 'Ask to see a contact\'s presence (type subscribe)'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and not __fish_seen_subcommand_from set subscribe unsubscribe approve deny list help" -f -a "unsubscribe" -d 'Stop seeing a contact\'s presence (type unsubscribe)'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and not __fish_seen_subcommand_from set subscribe unsubscribe approve deny list help" -f -a "approve" -d 'Let a contact see your presence (type subscribed)'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and not __fish_seen_subcommand_from set subscribe unsubscribe approve deny list help" -f -a "deny" -d 'Refuse or revoke a contact\'s subscription (type unsubscribed)'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and not __fish_seen_subcommand_from set subscribe unsubscribe approve deny list help" -f -a "list" -d 'Go online with priority -1, collect contacts\' presence, print each online resource'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and not __fish_seen_subcommand_from set subscribe unsubscribe approve deny list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from set" -l show -d 'Availability sub-state [default: plain available]' -r -f -a "chat\t''
away\t''
xa\t''
dnd\t''"
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from set" -l status -d 'Status text' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from set" -l priority -d 'Priority, -128 to 127 [default: 0; `presence set`: -1, so that no message is routed to a session that cannot show it]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from set" -l hold -d 'Stay online this many seconds [default: until SIGINT/SIGTERM]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from set" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from set" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from set" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from set" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from set" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from set" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from set" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from set" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from set" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from set" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from set" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from set" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from set" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from set" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from set" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from subscribe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from unsubscribe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from approve" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from approve" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from approve" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from approve" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from approve" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from approve" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from approve" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from approve" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from approve" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from approve" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from approve" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from approve" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from approve" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from approve" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from approve" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from approve" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from approve" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from approve" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from approve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from deny" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from deny" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from deny" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from deny" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from deny" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from deny" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from deny" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from deny" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from deny" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from deny" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from deny" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from deny" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from deny" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from deny" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from deny" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from deny" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from deny" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from deny" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from deny" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from list" -l wait -d 'Seconds to collect presence' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from list" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from list" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from list" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from list" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from list" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from list" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from list" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from list" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from list" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from list" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from list" -l all -d 'Also list contacts with no online resource, as offline'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from list" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from list" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from list" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from help" -f -a "set" -d 'Go online with this presence and stay until --hold runs out or SIGINT/SIGTERM'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from help" -f -a "subscribe" -d 'Ask to see a contact\'s presence (type subscribe)'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from help" -f -a "unsubscribe" -d 'Stop seeing a contact\'s presence (type unsubscribe)'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from help" -f -a "approve" -d 'Let a contact see your presence (type subscribed)'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from help" -f -a "deny" -d 'Refuse or revoke a contact\'s subscription (type unsubscribed)'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from help" -f -a "list" -d 'Go online with priority -1, collect contacts\' presence, print each online resource'
complete -c xmpp -n "__fish_xmpp_using_subcommand presence; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmpp -n "__fish_xmpp_using_subcommand iq" -l type -d 'IQ type' -r -f -a "get\t''
set\t''"
complete -c xmpp -n "__fish_xmpp_using_subcommand iq" -l to -d 'Addressee [default: the account itself, i.e. the server on its behalf]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand iq" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand iq" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand iq" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand iq" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand iq" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand iq" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand iq" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand iq" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand iq" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand iq" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand iq" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand iq" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand iq" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand iq" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand iq" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand iq" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand iq" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand iq" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand iq" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand ping" -s c -l count -d 'Number of pings' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand ping" -s i -l interval -d 'Seconds between pings' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand ping" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand ping" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand ping" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand ping" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand ping" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand ping" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand ping" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand ping" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand ping" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand ping" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand ping" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand ping" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand ping" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand ping" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand ping" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand ping" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand ping" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand ping" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand ping" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -f -a "info" -d 'Identities, features (sorted) and extended-info forms (XEP-0128)'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -f -a "items" -d 'Items: JID, node, name; --recursive adds each item\'s identities'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from info" -l node -d 'Node to query' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from info" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from info" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from info" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from info" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from info" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from info" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from info" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from info" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from info" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from info" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from info" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from info" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from info" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from info" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from info" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from info" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from info" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from info" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from items" -l node -d 'Node to query' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from items" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from items" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from items" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from items" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from items" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from items" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from items" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from items" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from items" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from items" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from items" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from items" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from items" -s r -l recursive -d 'Also query each item\'s identities (one level)'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from items" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from items" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from items" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from items" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from items" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from items" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from items" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from help" -f -a "info" -d 'Identities, features (sorted) and extended-info forms (XEP-0128)'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from help" -f -a "items" -d 'Items: JID, node, name; --recursive adds each item\'s identities'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmpp -n "__fish_xmpp_using_subcommand version" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand version" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand version" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand version" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand version" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand version" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand version" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand version" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand version" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand version" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand version" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand version" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand version" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand version" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand version" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand version" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand version" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand version" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand time" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand time" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand time" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand time" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand time" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand time" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand time" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand time" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand time" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand time" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand time" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand time" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand time" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand time" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand time" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand time" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand time" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand time" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand time" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand vcard" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand vcard" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand vcard" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand vcard" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand vcard" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand vcard" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand vcard" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand vcard" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand vcard" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand vcard" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand vcard" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand vcard" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand vcard" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand vcard" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand vcard" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand vcard" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand vcard" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand vcard" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand vcard" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand check" -l format -d 'Report format [default: human, or json with --json]' -r -f -a "human\t''
json\t''
nagios\t''
prometheus\t''"
complete -c xmpp -n "__fish_xmpp_using_subcommand check" -l warn-days -d 'A certificate expiring within this many days is a warning' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand check" -l crit-days -d 'A certificate expiring within this many days is critical' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand check" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand check" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand check" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand check" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand check" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand check" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand check" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand check" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand check" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand check" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand check" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand check" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand check" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand check" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand check" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand check" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand check" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand check" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and not __fish_seen_subcommand_from fingerprint devices trust distrust help" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and not __fish_seen_subcommand_from fingerprint devices trust distrust help" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and not __fish_seen_subcommand_from fingerprint devices trust distrust help" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and not __fish_seen_subcommand_from fingerprint devices trust distrust help" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and not __fish_seen_subcommand_from fingerprint devices trust distrust help" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and not __fish_seen_subcommand_from fingerprint devices trust distrust help" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and not __fish_seen_subcommand_from fingerprint devices trust distrust help" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and not __fish_seen_subcommand_from fingerprint devices trust distrust help" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and not __fish_seen_subcommand_from fingerprint devices trust distrust help" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and not __fish_seen_subcommand_from fingerprint devices trust distrust help" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and not __fish_seen_subcommand_from fingerprint devices trust distrust help" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and not __fish_seen_subcommand_from fingerprint devices trust distrust help" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and not __fish_seen_subcommand_from fingerprint devices trust distrust help" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and not __fish_seen_subcommand_from fingerprint devices trust distrust help" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and not __fish_seen_subcommand_from fingerprint devices trust distrust help" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and not __fish_seen_subcommand_from fingerprint devices trust distrust help" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and not __fish_seen_subcommand_from fingerprint devices trust distrust help" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and not __fish_seen_subcommand_from fingerprint devices trust distrust help" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and not __fish_seen_subcommand_from fingerprint devices trust distrust help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and not __fish_seen_subcommand_from fingerprint devices trust distrust help" -f -a "fingerprint" -d 'Print our device id and our identity key\'s fingerprint (as Conversations shows it)'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and not __fish_seen_subcommand_from fingerprint devices trust distrust help" -f -a "devices" -d 'List a JID\'s OMEMO devices with their fingerprints and our trust in them'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and not __fish_seen_subcommand_from fingerprint devices trust distrust help" -f -a "trust" -d 'Mark a fingerprint as verified (compare it with the one the contact\'s client shows)'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and not __fish_seen_subcommand_from fingerprint devices trust distrust help" -f -a "distrust" -d 'Refuse a fingerprint: never encrypt to it; its messages are marked untrusted'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and not __fish_seen_subcommand_from fingerprint devices trust distrust help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from fingerprint" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from fingerprint" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from fingerprint" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from fingerprint" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from fingerprint" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from fingerprint" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from fingerprint" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from fingerprint" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from fingerprint" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from fingerprint" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from fingerprint" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from fingerprint" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from fingerprint" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from fingerprint" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from fingerprint" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from fingerprint" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from fingerprint" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from fingerprint" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from fingerprint" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from devices" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from devices" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from devices" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from devices" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from devices" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from devices" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from devices" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from devices" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from devices" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from devices" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from devices" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from devices" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from devices" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from devices" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from devices" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from devices" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from devices" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from devices" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from devices" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from trust" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from trust" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from trust" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from trust" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from trust" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from trust" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from trust" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from trust" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from trust" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from trust" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from trust" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from trust" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from trust" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from trust" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from trust" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from trust" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from trust" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from trust" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from trust" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from distrust" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from distrust" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from distrust" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from distrust" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from distrust" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from distrust" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from distrust" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from distrust" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from distrust" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from distrust" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from distrust" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from distrust" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from distrust" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from distrust" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from distrust" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from distrust" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from distrust" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from distrust" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from distrust" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from help" -f -a "fingerprint" -d 'Print our device id and our identity key\'s fingerprint (as Conversations shows it)'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from help" -f -a "devices" -d 'List a JID\'s OMEMO devices with their fingerprints and our trust in them'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from help" -f -a "trust" -d 'Mark a fingerprint as verified (compare it with the one the contact\'s client shows)'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from help" -f -a "distrust" -d 'Refuse a fingerprint: never encrypt to it; its messages are marked untrusted'
complete -c xmpp -n "__fish_xmpp_using_subcommand omemo; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -f -a "validate" -d 'Check JIDs; print the invalid ones as LINE: INPUT: REASON'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -f -a "split" -d 'Split JIDs into local part, domain and resource'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -f -a "normalize" -d 'Print the canonical form of each JID (case-folded local part and domain)'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from validate" -l jobs -d 'Worker threads for large inputs, at most 256; output stays in input order [default: all cores]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from validate" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from validate" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from validate" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from validate" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from validate" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from validate" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from validate" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from validate" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from validate" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from validate" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from validate" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from validate" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from validate" -l uri -d 'Accept xmpp: URIs (RFC 5122) and report them as their JID'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from validate" -l no-fast-path -d 'Check every input with the jid crate alone (for differential checks)'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from validate" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from validate" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from validate" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from validate" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from validate" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from validate" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from split" -l jobs -d 'Worker threads for large inputs, at most 256; output stays in input order [default: all cores]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from split" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from split" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from split" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from split" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from split" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from split" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from split" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from split" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from split" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from split" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from split" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from split" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from split" -l uri -d 'Accept xmpp: URIs (RFC 5122) and report them as their JID'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from split" -l no-fast-path -d 'Check every input with the jid crate alone (for differential checks)'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from split" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from split" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from split" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from split" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from split" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from split" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from split" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from normalize" -l jobs -d 'Worker threads for large inputs, at most 256; output stays in input order [default: all cores]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from normalize" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from normalize" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from normalize" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from normalize" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from normalize" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from normalize" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from normalize" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from normalize" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from normalize" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from normalize" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from normalize" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from normalize" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from normalize" -l uri -d 'Accept xmpp: URIs (RFC 5122) and report them as their JID'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from normalize" -l no-fast-path -d 'Check every input with the jid crate alone (for differential checks)'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from normalize" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from normalize" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from normalize" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from normalize" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from normalize" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from normalize" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from normalize" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from help" -f -a "validate" -d 'Check JIDs; print the invalid ones as LINE: INPUT: REASON'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from help" -f -a "split" -d 'Split JIDs into local part, domain and resource'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from help" -f -a "normalize" -d 'Print the canonical form of each JID (case-folded local part and domain)'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and not __fish_seen_subcommand_from path show check init import-sendxmpp help" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and not __fish_seen_subcommand_from path show check init import-sendxmpp help" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and not __fish_seen_subcommand_from path show check init import-sendxmpp help" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and not __fish_seen_subcommand_from path show check init import-sendxmpp help" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and not __fish_seen_subcommand_from path show check init import-sendxmpp help" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and not __fish_seen_subcommand_from path show check init import-sendxmpp help" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and not __fish_seen_subcommand_from path show check init import-sendxmpp help" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and not __fish_seen_subcommand_from path show check init import-sendxmpp help" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and not __fish_seen_subcommand_from path show check init import-sendxmpp help" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and not __fish_seen_subcommand_from path show check init import-sendxmpp help" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and not __fish_seen_subcommand_from path show check init import-sendxmpp help" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and not __fish_seen_subcommand_from path show check init import-sendxmpp help" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and not __fish_seen_subcommand_from path show check init import-sendxmpp help" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and not __fish_seen_subcommand_from path show check init import-sendxmpp help" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and not __fish_seen_subcommand_from path show check init import-sendxmpp help" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and not __fish_seen_subcommand_from path show check init import-sendxmpp help" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and not __fish_seen_subcommand_from path show check init import-sendxmpp help" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and not __fish_seen_subcommand_from path show check init import-sendxmpp help" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and not __fish_seen_subcommand_from path show check init import-sendxmpp help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and not __fish_seen_subcommand_from path show check init import-sendxmpp help" -f -a "path" -d 'Print which config file is used, and whether it exists'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and not __fish_seen_subcommand_from path show check init import-sendxmpp help" -f -a "show" -d 'Print the effective settings and where each came from (flag, env, file, default)'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and not __fish_seen_subcommand_from path show check init import-sendxmpp help" -f -a "check" -d 'Connect and log in; report server software, TLS, SASL mechanism, stream management, upload and round trip'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and not __fish_seen_subcommand_from path show check init import-sendxmpp help" -f -a "init" -d 'Ask for a JID and a password source and write a config file (mode 0600)'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and not __fish_seen_subcommand_from path show check init import-sendxmpp help" -f -a "import-sendxmpp" -d 'Turn a go-sendxmpp or sendxmpp config file into a profile of ours'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and not __fish_seen_subcommand_from path show check init import-sendxmpp help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from path" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from path" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from path" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from path" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from path" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from path" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from path" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from path" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from path" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from path" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from path" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from path" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from path" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from path" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from path" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from path" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from path" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from show" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from show" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from show" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from show" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from show" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from show" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from show" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from show" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from show" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from show" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from show" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from show" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from show" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from show" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from check" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from check" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from check" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from check" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from check" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from check" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from check" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from check" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from check" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from check" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from check" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from check" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from check" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from check" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from check" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from check" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from init" -l name -d 'Profile name' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from init" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from init" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from init" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from init" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from init" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from init" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from init" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from init" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from init" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from init" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from init" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from init" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from init" -l force -d 'Overwrite an existing file (init) or profile (import-sendxmpp)'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from init" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from init" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from init" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from init" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from init" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from import-sendxmpp" -l name -d 'Profile name' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from import-sendxmpp" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from import-sendxmpp" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from import-sendxmpp" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from import-sendxmpp" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from import-sendxmpp" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from import-sendxmpp" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from import-sendxmpp" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from import-sendxmpp" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from import-sendxmpp" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from import-sendxmpp" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from import-sendxmpp" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from import-sendxmpp" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from import-sendxmpp" -l force -d 'Replace an existing profile of that name'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from import-sendxmpp" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from import-sendxmpp" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from import-sendxmpp" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from import-sendxmpp" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from import-sendxmpp" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from import-sendxmpp" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from import-sendxmpp" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print which config file is used, and whether it exists'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print the effective settings and where each came from (flag, env, file, default)'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "check" -d 'Connect and log in; report server software, TLS, SASL mechanism, stream management, upload and round trip'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "init" -d 'Ask for a JID and a password source and write a config file (mode 0600)'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "import-sendxmpp" -d 'Turn a go-sendxmpp or sendxmpp config file into a profile of ours'
complete -c xmpp -n "__fish_xmpp_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmpp -n "__fish_xmpp_using_subcommand completions" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand completions" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand completions" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand completions" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand completions" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand completions" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand completions" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand completions" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand completions" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand completions" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand completions" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand completions" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand completions" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand completions" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand completions" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand completions" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand completions" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand completions" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand man" -l dir -d 'Write xmpp.1 and one page per subcommand into DIR' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand man" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand man" -l config -d 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand man" -s j -l jid -d 'The account\'s address; a resource in it is used as the resource [env: XMPP_JID]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand man" -l password-env -d 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand man" -l password-file -d 'Read the password from the first line of PATH' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand man" -l password-command -d 'Run CMD through `sh -c` and use the first line of its output as the password' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand man" -l server -d 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand man" -l tls -d 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]' -r -f -a "starttls\t'Plain TCP, then STARTTLS (port 5222)'
direct\t'TLS from the first byte (XEP-0368, port 5223)'"
complete -c xmpp -n "__fish_xmpp_using_subcommand man" -l ca-file -d 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand man" -l resource -d 'Resource to bind [default: assigned by the server]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand man" -l timeout -d 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand man" -s o -l output -d 'Output format [default: human] [env: XMPP_OUTPUT]' -r -f -a "human\t'Text for people'
json\t'JSON: one document, or one object per line for streams'"
complete -c xmpp -n "__fish_xmpp_using_subcommand man" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand man" -l allow-plain -d 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers'
complete -c xmpp -n "__fish_xmpp_using_subcommand man" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand man" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand man" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand man" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send listen history relay adhoc admin account muc roster presence iq ping disco version time vcard check omemo jid config completions man help" -f -a "send" -d 'Send a message to one or more JIDs, and wait until the server has taken it'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send listen history relay adhoc admin account muc roster presence iq ping disco version time vcard check omemo jid config completions man help" -f -a "listen" -d 'Stay online and print what arrives, one line per event'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send listen history relay adhoc admin account muc roster presence iq ping disco version time vcard check omemo jid config completions man help" -f -a "history" -d 'Read the message archive (XEP-0313), oldest first, as one line per message'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send listen history relay adhoc admin account muc roster presence iq ping disco version time vcard check omemo jid config completions man help" -f -a "relay" -d 'Serve an HTTP endpoint that sends over one warm, confirmed session'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send listen history relay adhoc admin account muc roster presence iq ping disco version time vcard check omemo jid config completions man help" -f -a "adhoc" -d 'Ad-hoc commands (XEP-0050): list an entity\'s commands, run one'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send listen history relay adhoc admin account muc roster presence iq ping disco version time vcard check omemo jid config completions man help" -f -a "admin" -d 'Server administration (XEP-0133) over ad-hoc commands, on the account\'s server'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send listen history relay adhoc admin account muc roster presence iq ping disco version time vcard check omemo jid config completions man help" -f -a "account" -d 'The account itself (XEP-0077): register it, change its password, delete it'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send listen history relay adhoc admin account muc roster presence iq ping disco version time vcard check omemo jid config completions man help" -f -a "muc" -d 'Room administration (XEP-0045 §10): create, configure, affiliations, destroy, subject, invite'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send listen history relay adhoc admin account muc roster presence iq ping disco version time vcard check omemo jid config completions man help" -f -a "roster" -d 'Read and change the contact list (roster, RFC 6121)'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send listen history relay adhoc admin account muc roster presence iq ping disco version time vcard check omemo jid config completions man help" -f -a "presence" -d 'Set your availability, manage subscriptions, see who is online'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send listen history relay adhoc admin account muc roster presence iq ping disco version time vcard check omemo jid config completions man help" -f -a "iq" -d 'Send any IQ and print the answer\'s payload'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send listen history relay adhoc admin account muc roster presence iq ping disco version time vcard check omemo jid config completions man help" -f -a "ping" -d 'Ping a JID (XEP-0199) and print the round-trip time'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send listen history relay adhoc admin account muc roster presence iq ping disco version time vcard check omemo jid config completions man help" -f -a "disco" -d 'Service discovery (XEP-0030): what an entity is and what it offers'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send listen history relay adhoc admin account muc roster presence iq ping disco version time vcard check omemo jid config completions man help" -f -a "version" -d 'Query an entity\'s software version (XEP-0092)'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send listen history relay adhoc admin account muc roster presence iq ping disco version time vcard check omemo jid config completions man help" -f -a "time" -d 'Query an entity\'s time (XEP-0202)'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send listen history relay adhoc admin account muc roster presence iq ping disco version time vcard check omemo jid config completions man help" -f -a "vcard" -d 'Fetch a vCard (vcard-temp, XEP-0054), text fields only'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send listen history relay adhoc admin account muc roster presence iq ping disco version time vcard check omemo jid config completions man help" -f -a "check" -d 'Probe an XMPP service: DNS, every client and server endpoint, and with --jid a compliance suite for the account'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send listen history relay adhoc admin account muc roster presence iq ping disco version time vcard check omemo jid config completions man help" -f -a "omemo" -d 'OMEMO keys: our fingerprint, others\' devices, trust'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send listen history relay adhoc admin account muc roster presence iq ping disco version time vcard check omemo jid config completions man help" -f -a "jid" -d 'Check, split and normalize JIDs offline (no account, no network)'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send listen history relay adhoc admin account muc roster presence iq ping disco version time vcard check omemo jid config completions man help" -f -a "config" -d 'Find, show, check and write the configuration'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send listen history relay adhoc admin account muc roster presence iq ping disco version time vcard check omemo jid config completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send listen history relay adhoc admin account muc roster presence iq ping disco version time vcard check omemo jid config completions man help" -f -a "man" -d 'Print the man page, or write one page per subcommand into a directory'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send listen history relay adhoc admin account muc roster presence iq ping disco version time vcard check omemo jid config completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from history" -f -a "prefs" -d 'Read or set which messages the server archives (XEP-0313 preferences)'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from adhoc" -f -a "list" -d 'List the commands an entity offers (the own server by default)'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from adhoc" -f -a "run" -d 'Run a command to its end, its forms filled from --field and --form-json'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "add-user" -d 'Create an account'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "delete-user" -d 'Delete an account'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "disable-user" -d 'Disable an account (its sessions end; it cannot log in)'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "change-password" -d 'Set an account\'s password'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "end-sessions" -d 'End every session of an account'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "online-users" -d 'The accounts online now'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "registered-users" -d 'Every registered account'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "announce" -d 'A message to every online user (body from -m or stdin)'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "register" -d 'Register the --jid account on its server (in-band registration)'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "password" -d 'Change the account\'s password, then log in with the new one'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "delete" -d 'Delete the account from its server'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from muc" -f -a "create" -d 'Create a room, configured before anyone can enter'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from muc" -f -a "config" -d 'Print the room\'s configuration, or change fields with --set'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from muc" -f -a "affiliations" -d 'List owners, admins, members and outcasts, or change them with --set'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from muc" -f -a "destroy" -d 'Destroy the room, telling its occupants why and where to go'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from muc" -f -a "subject" -d 'Set the room\'s subject'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from muc" -f -a "invite" -d 'Invite someone to the room (mediated: through the room)'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from roster" -f -a "list" -d 'List every contact: JID, name, subscription, pending ask, groups'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from roster" -f -a "add" -d 'Add a contact (an existing one is updated to exactly this)'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from roster" -f -a "set" -d 'Change a contact\'s name or groups; what is not given is kept'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from roster" -f -a "remove" -d 'Remove a contact (and cancel subscriptions both ways)'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from roster" -f -a "export" -d 'Print the roster as JSON (the shape `import` reads)'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from roster" -f -a "import" -d 'Make the roster match a JSON file: add and update, and with --prune remove the rest'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from presence" -f -a "set" -d 'Go online with this presence and stay until --hold runs out or SIGINT/SIGTERM'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from presence" -f -a "subscribe" -d 'Ask to see a contact\'s presence (type subscribe)'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from presence" -f -a "unsubscribe" -d 'Stop seeing a contact\'s presence (type unsubscribe)'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from presence" -f -a "approve" -d 'Let a contact see your presence (type subscribed)'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from presence" -f -a "deny" -d 'Refuse or revoke a contact\'s subscription (type unsubscribed)'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from presence" -f -a "list" -d 'Go online with priority -1, collect contacts\' presence, print each online resource'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from disco" -f -a "info" -d 'Identities, features (sorted) and extended-info forms (XEP-0128)'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from disco" -f -a "items" -d 'Items: JID, node, name; --recursive adds each item\'s identities'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from omemo" -f -a "fingerprint" -d 'Print our device id and our identity key\'s fingerprint (as Conversations shows it)'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from omemo" -f -a "devices" -d 'List a JID\'s OMEMO devices with their fingerprints and our trust in them'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from omemo" -f -a "trust" -d 'Mark a fingerprint as verified (compare it with the one the contact\'s client shows)'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from omemo" -f -a "distrust" -d 'Refuse a fingerprint: never encrypt to it; its messages are marked untrusted'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from jid" -f -a "validate" -d 'Check JIDs; print the invalid ones as LINE: INPUT: REASON'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from jid" -f -a "split" -d 'Split JIDs into local part, domain and resource'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from jid" -f -a "normalize" -d 'Print the canonical form of each JID (case-folded local part and domain)'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print which config file is used, and whether it exists'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Print the effective settings and where each came from (flag, env, file, default)'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "check" -d 'Connect and log in; report server software, TLS, SASL mechanism, stream management, upload and round trip'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "init" -d 'Ask for a JID and a password source and write a config file (mode 0600)'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "import-sendxmpp" -d 'Turn a go-sendxmpp or sendxmpp config file into a profile of ours'
