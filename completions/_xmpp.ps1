
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'xmpp' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'xmpp'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'xmpp' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a message to one or more JIDs, and wait until the server has taken it')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Stay online and print what arrives, one line per event')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Read the message archive (XEP-0313), oldest first, as one line per message')
            [CompletionResult]::new('relay', 'relay', [CompletionResultType]::ParameterValue, 'Serve an HTTP endpoint that sends over one warm, confirmed session')
            [CompletionResult]::new('adhoc', 'adhoc', [CompletionResultType]::ParameterValue, 'Ad-hoc commands (XEP-0050): list an entity''s commands, run one')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'Server administration (XEP-0133) over ad-hoc commands, on the account''s server')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'The account itself (XEP-0077): register it, change its password, delete it')
            [CompletionResult]::new('muc', 'muc', [CompletionResultType]::ParameterValue, 'Room administration (XEP-0045 §10): create, configure, affiliations, destroy, subject, invite')
            [CompletionResult]::new('roster', 'roster', [CompletionResultType]::ParameterValue, 'Read and change the contact list (roster, RFC 6121)')
            [CompletionResult]::new('presence', 'presence', [CompletionResultType]::ParameterValue, 'Set your availability, manage subscriptions, see who is online')
            [CompletionResult]::new('iq', 'iq', [CompletionResultType]::ParameterValue, 'Send any IQ and print the answer''s payload')
            [CompletionResult]::new('ping', 'ping', [CompletionResultType]::ParameterValue, 'Ping a JID (XEP-0199) and print the round-trip time')
            [CompletionResult]::new('disco', 'disco', [CompletionResultType]::ParameterValue, 'Service discovery (XEP-0030): what an entity is and what it offers')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Query an entity''s software version (XEP-0092)')
            [CompletionResult]::new('time', 'time', [CompletionResultType]::ParameterValue, 'Query an entity''s time (XEP-0202)')
            [CompletionResult]::new('vcard', 'vcard', [CompletionResultType]::ParameterValue, 'Fetch a vCard (vcard-temp, XEP-0054), text fields only')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Probe an XMPP service: DNS, every client and server endpoint, and with --jid a compliance suite for the account')
            [CompletionResult]::new('omemo', 'omemo', [CompletionResultType]::ParameterValue, 'OMEMO keys: our fingerprint, others'' devices, trust')
            [CompletionResult]::new('jid', 'jid', [CompletionResultType]::ParameterValue, 'Check, split and normalize JIDs offline (no account, no network)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Find, show, check and write the configuration')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page, or write one page per subcommand into a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmpp;send' {
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'The message body [default: all of stdin]')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'The message body [default: all of stdin]')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Message type')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Subject line')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Subject line')
            [CompletionResult]::new('--thread', '--thread', [CompletionResultType]::ParameterName, 'Thread identifier')
            [CompletionResult]::new('--muc', '--muc', [CompletionResultType]::ParameterName, 'Also send to this room as groupchat: join, send, wait for the room to reflect it, leave (can be repeated)')
            [CompletionResult]::new('--nick', '--nick', [CompletionResultType]::ParameterName, 'Nickname in rooms [default: the account''s local part]')
            [CompletionResult]::new('--muc-password-env', '--muc-password-env', [CompletionResultType]::ParameterName, 'Read the password of protected rooms from environment variable VAR')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Upload PATH (XEP-0363) and send its URL with an OOB element (can be repeated); a body is sent only with -m')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Hand the message to a running `xmpp relay` on its local socket instead of logging in: the same output and exit codes; XMPP_RELAY names the socket too (then options the relay cannot do send directly)')
            [CompletionResult]::new('--omemo-trust', '--omemo-trust', [CompletionResultType]::ParameterName, 'Which OMEMO devices to encrypt to: blind (trust new keys until one of the contact''s keys is verified, as Conversations) or strict (only keys verified with `xmpp omemo trust`)')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--headline', '--headline', [CompletionResultType]::ParameterName, 'Same as --type headline (go-sendxmpp''s spelling)')
            [CompletionResult]::new('--lines', '--lines', [CompletionResultType]::ParameterName, 'Send every stdin line as its own message, as it arrives, over one connection')
            [CompletionResult]::new('--ndjson', '--ndjson', [CompletionResultType]::ParameterName, 'Read JSON objects {"to", "body", "type"?, "subject"?, "thread"?, "id"?}, one per line')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Read raw stanzas from stdin (checked as XML before connecting) and send them as they are')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the stanzas that would be sent; connect to nothing')
            [CompletionResult]::new('--nick-fallback', '--nick-fallback', [CompletionResultType]::ParameterName, 'When the nick is taken, try NICK_2, NICK_3... instead of failing')
            [CompletionResult]::new('--create-room', '--create-room', [CompletionResultType]::ParameterName, 'Create a --muc room that does not exist yet (persistent, kept for others); without it such a room is "no such room", exit 7')
            [CompletionResult]::new('--receipt', '--receipt', [CompletionResultType]::ParameterName, 'Request a delivery receipt (XEP-0184) per message and wait for it; exit 6 if any is missing at --timeout')
            [CompletionResult]::new('--no-remote-confirm', '--no-remote-confirm', [CompletionResultType]::ParameterName, 'Do not wait for remote domains to confirm: exit once our own server has every message')
            [CompletionResult]::new('--reconnect', '--reconnect', [CompletionResultType]::ParameterName, 'On a dropped connection, reconnect (5 tries, backoff 1-16 s), resume the session where the server kept it and send again only what it had not confirmed')
            [CompletionResult]::new('--omemo', '--omemo', [CompletionResultType]::ParameterName, 'Encrypt with OMEMO (0.3, as Conversations, Dino, Gajim, Monal): to every device of each recipient and our own other devices; when a recipient has no usable device nothing is sent (exit 7), never plain text')
            [CompletionResult]::new('--no-omemo', '--no-omemo', [CompletionResultType]::ParameterName, 'Send in clear although the profile says omemo = true')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;listen' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Stop after N printed events')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after N printed events')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only events from this JID, bare or full (can be repeated)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only messages of this type (can be repeated)')
            [CompletionResult]::new('--show', '--show', [CompletionResultType]::ParameterName, 'Availability sub-state [default: plain available]')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Status text')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'Priority, -128 to 127 [default: 0; `presence set`: -1, so that no message is routed to a session that cannot show it]')
            [CompletionResult]::new('--muc', '--muc', [CompletionResultType]::ParameterName, 'Join this room and print its messages; ROOM@SERVICE or ROOM@SERVICE/NICK (can be repeated)')
            [CompletionResult]::new('--nick', '--nick', [CompletionResultType]::ParameterName, 'Nickname in rooms [default: the account''s local part]')
            [CompletionResult]::new('--exec', '--exec', [CompletionResultType]::ParameterName, 'Run CMD (sh -c) per printed event, the event''s JSON on stdin, XMPP_FROM, XMPP_BODY (the first 32 KiB; XMPP_BODY_TRUNCATED=1 when cut), XMPP_TYPE set; its output goes to stderr. A command that cannot start, exits non-zero or times out stops listen with exit 1, and its event is not acknowledged: the server keeps it')
            [CompletionResult]::new('--exec-timeout', '--exec-timeout', [CompletionResultType]::ParameterName, 'Seconds an --exec command may run before it is killed')
            [CompletionResult]::new('--catch-up', '--catch-up', [CompletionResultType]::ParameterName, 'Before going live, print what the archive (XEP-0313) holds after the position saved in FILE, then go live; FILE is replaced (atomically) after each burst of handled events, so a restarted listener goes on where the last one stopped: at least once, exactly once when the last save completed. Rooms (--muc) are caught up from their own archives, without the rooms'' own backlog')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'With --catch-up and no position saved yet: start from this time (RFC 3339, or a span back from now: 2h, 7d); without it the first run starts live')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'After SECS without traffic, ping the server to check that the link is alive (a dead one is found within SECS + --timeout)')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--presence', '--presence', [CompletionResultType]::ParameterName, 'Also print presence stanzas')
            [CompletionResult]::new('--iq', '--iq', [CompletionResultType]::ParameterName, 'Also print incoming IQ requests (they are answered either way)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Print everything: messages without a body, presence and IQs')
            [CompletionResult]::new('--no-history', '--no-history', [CompletionResultType]::ParameterName, 'Do not print the rooms'' backlog')
            [CompletionResult]::new('--carbons', '--carbons', [CompletionResultType]::ParameterName, 'Also print copies of what the account''s other clients send and receive (XEP-0280)')
            [CompletionResult]::new('--omemo', '--omemo', [CompletionResultType]::ParameterName, 'Decrypt OMEMO messages to this account''s OMEMO device (published at start): JSON events get "encryption": "omemo", "device", "fingerprint", "trust"; one that cannot be decrypted is printed with "error", not dropped. `omemo = true` in a profile does the same. Without it an OMEMO message is printed with "encryption": "omemo", no body and an "error" naming --omemo')
            [CompletionResult]::new('--no-omemo', '--no-omemo', [CompletionResultType]::ParameterName, 'Do not decrypt although the profile says omemo = true')
            [CompletionResult]::new('--reconnect', '--reconnect', [CompletionResultType]::ParameterName, 'On a dropped connection, reconnect with backoff (up to 60 s) and go on; where the server kept the session (XEP-0198), resume it and miss nothing')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;history' {
            [CompletionResult]::new('--with', '--with', [CompletionResultType]::ParameterName, 'Only the conversation with this JID (a bare JID matches all its resources)')
            [CompletionResult]::new('--muc', '--muc', [CompletionResultType]::ParameterName, 'The archive of this room instead of the account''s (XEP-0313 on the room)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From this time on: RFC 3339, or a span back from now (90s, 15m, 2h, 7d, 2w)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Up to this time: RFC 3339, or a span back from now')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'After this archive id (the "last" of an earlier run''s end line)')
            [CompletionResult]::new('--before', '--before', [CompletionResultType]::ParameterName, 'The messages just before this archive id (the newest --limit of them)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many messages (exit 1 when more were left)')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--omemo', '--omemo', [CompletionResultType]::ParameterName, 'Decrypt what was encrypted to this account''s OMEMO device, from a copy of its state that is never saved (the live ratchet is not moved); the rest is reported with an "error"')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('prefs', 'prefs', [CompletionResultType]::ParameterValue, 'Read or set which messages the server archives (XEP-0313 preferences)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmpp;history;prefs' {
            [CompletionResult]::new('--default', '--default', [CompletionResultType]::ParameterName, 'Archive every message (always), none (never), or those with contacts (roster)')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;history;help' {
            [CompletionResult]::new('prefs', 'prefs', [CompletionResultType]::ParameterValue, 'Read or set which messages the server archives (XEP-0313 preferences)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmpp;history;help;prefs' {
            break
        }
        'xmpp;history;help;help' {
            break
        }
        'xmpp;relay' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address and port to serve HTTP on [default: 127.0.0.1:9280]')
            [CompletionResult]::new('--socket', '--socket', [CompletionResultType]::ParameterName, 'The local socket for `xmpp send --via` [default: $XDG_RUNTIME_DIR/xmpp-cli/relay.sock]')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File of bearer tokens, one per line (blank lines and # comments ignored)')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'Environment variable that holds a bearer token')
            [CompletionResult]::new('--allow-to', '--allow-to', [CompletionResultType]::ParameterName, 'Only these recipients for POST /send (repeatable; bare JIDs match every resource)')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'How long a request waits for the server''s confirmation before it is answered 503 [default: 30]')
            [CompletionResult]::new('--keepalive', '--keepalive', [CompletionResultType]::ParameterName, 'After SECS with nothing from the server, ping it; nothing at all for --deadline after that, and the session is started again [default: 60]')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Write at most BYTES a second to the server (0: no pacing) [default: 9000, under Prosody''s stock c2s limit]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--check-config', '--check-config', [CompletionResultType]::ParameterName, 'Check the [relay] settings, routes and templates, print the routes, and exit (no connection)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;adhoc' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the commands an entity offers (the own server by default)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a command to its end, its forms filled from --field and --form-json')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmpp;adhoc;list' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;adhoc;run' {
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field''s value, VAR=VALUE (repeat a VAR for several values)')
            [CompletionResult]::new('--form-json', '--form-json', [CompletionResultType]::ParameterName, 'Field values as a JSON object from FILE, or - for stdin')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'The action for the next stage, in order (repeatable): next, prev, complete or cancel; stages past the list go next while offered, then complete')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--forms-only', '--forms-only', [CompletionResultType]::ParameterName, 'Print the first form and cancel, submitting nothing')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;adhoc;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the commands an entity offers (the own server by default)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a command to its end, its forms filled from --field and --form-json')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmpp;adhoc;help;list' {
            break
        }
        'xmpp;adhoc;help;run' {
            break
        }
        'xmpp;adhoc;help;help' {
            break
        }
        'xmpp;admin' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add-user', 'add-user', [CompletionResultType]::ParameterValue, 'Create an account')
            [CompletionResult]::new('delete-user', 'delete-user', [CompletionResultType]::ParameterValue, 'Delete an account')
            [CompletionResult]::new('disable-user', 'disable-user', [CompletionResultType]::ParameterValue, 'Disable an account (its sessions end; it cannot log in)')
            [CompletionResult]::new('change-password', 'change-password', [CompletionResultType]::ParameterValue, 'Set an account''s password')
            [CompletionResult]::new('end-sessions', 'end-sessions', [CompletionResultType]::ParameterValue, 'End every session of an account')
            [CompletionResult]::new('online-users', 'online-users', [CompletionResultType]::ParameterValue, 'The accounts online now')
            [CompletionResult]::new('registered-users', 'registered-users', [CompletionResultType]::ParameterValue, 'Every registered account')
            [CompletionResult]::new('announce', 'announce', [CompletionResultType]::ParameterValue, 'A message to every online user (body from -m or stdin)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmpp;admin;add-user' {
            [CompletionResult]::new('--new-password-file', '--new-password-file', [CompletionResultType]::ParameterName, 'The new password from the first line of FILE')
            [CompletionResult]::new('--new-password-env', '--new-password-env', [CompletionResultType]::ParameterName, 'The new password from this environment variable')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--ndjson', '--ndjson', [CompletionResultType]::ParameterName, 'Read the accounts from stdin, one JSON object a line: {"jid", "password"?}')
            [CompletionResult]::new('--generate-password', '--generate-password', [CompletionResultType]::ParameterName, 'Make a random password (24 characters) and print it once')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the commands'' stanzas instead of sending them (nothing is logged in)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;admin;delete-user' {
            [CompletionResult]::new('--new-password-file', '--new-password-file', [CompletionResultType]::ParameterName, 'The new password from the first line of FILE')
            [CompletionResult]::new('--new-password-env', '--new-password-env', [CompletionResultType]::ParameterName, 'The new password from this environment variable')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--ndjson', '--ndjson', [CompletionResultType]::ParameterName, 'Read the accounts from stdin, one JSON object a line: {"jid", "password"?}')
            [CompletionResult]::new('--generate-password', '--generate-password', [CompletionResultType]::ParameterName, 'Make a random password (24 characters) and print it once')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the commands'' stanzas instead of sending them (nothing is logged in)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;admin;disable-user' {
            [CompletionResult]::new('--new-password-file', '--new-password-file', [CompletionResultType]::ParameterName, 'The new password from the first line of FILE')
            [CompletionResult]::new('--new-password-env', '--new-password-env', [CompletionResultType]::ParameterName, 'The new password from this environment variable')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--ndjson', '--ndjson', [CompletionResultType]::ParameterName, 'Read the accounts from stdin, one JSON object a line: {"jid", "password"?}')
            [CompletionResult]::new('--generate-password', '--generate-password', [CompletionResultType]::ParameterName, 'Make a random password (24 characters) and print it once')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the commands'' stanzas instead of sending them (nothing is logged in)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;admin;change-password' {
            [CompletionResult]::new('--new-password-file', '--new-password-file', [CompletionResultType]::ParameterName, 'The new password from the first line of FILE')
            [CompletionResult]::new('--new-password-env', '--new-password-env', [CompletionResultType]::ParameterName, 'The new password from this environment variable')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--ndjson', '--ndjson', [CompletionResultType]::ParameterName, 'Read the accounts from stdin, one JSON object a line: {"jid", "password"?}')
            [CompletionResult]::new('--generate-password', '--generate-password', [CompletionResultType]::ParameterName, 'Make a random password (24 characters) and print it once')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the commands'' stanzas instead of sending them (nothing is logged in)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;admin;end-sessions' {
            [CompletionResult]::new('--new-password-file', '--new-password-file', [CompletionResultType]::ParameterName, 'The new password from the first line of FILE')
            [CompletionResult]::new('--new-password-env', '--new-password-env', [CompletionResultType]::ParameterName, 'The new password from this environment variable')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--ndjson', '--ndjson', [CompletionResultType]::ParameterName, 'Read the accounts from stdin, one JSON object a line: {"jid", "password"?}')
            [CompletionResult]::new('--generate-password', '--generate-password', [CompletionResultType]::ParameterName, 'Make a random password (24 characters) and print it once')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the commands'' stanzas instead of sending them (nothing is logged in)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;admin;online-users' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;admin;registered-users' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;admin;announce' {
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'The message [default: stdin]')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'The message [default: stdin]')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'A subject line')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;admin;help' {
            [CompletionResult]::new('add-user', 'add-user', [CompletionResultType]::ParameterValue, 'Create an account')
            [CompletionResult]::new('delete-user', 'delete-user', [CompletionResultType]::ParameterValue, 'Delete an account')
            [CompletionResult]::new('disable-user', 'disable-user', [CompletionResultType]::ParameterValue, 'Disable an account (its sessions end; it cannot log in)')
            [CompletionResult]::new('change-password', 'change-password', [CompletionResultType]::ParameterValue, 'Set an account''s password')
            [CompletionResult]::new('end-sessions', 'end-sessions', [CompletionResultType]::ParameterValue, 'End every session of an account')
            [CompletionResult]::new('online-users', 'online-users', [CompletionResultType]::ParameterValue, 'The accounts online now')
            [CompletionResult]::new('registered-users', 'registered-users', [CompletionResultType]::ParameterValue, 'Every registered account')
            [CompletionResult]::new('announce', 'announce', [CompletionResultType]::ParameterValue, 'A message to every online user (body from -m or stdin)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmpp;admin;help;add-user' {
            break
        }
        'xmpp;admin;help;delete-user' {
            break
        }
        'xmpp;admin;help;disable-user' {
            break
        }
        'xmpp;admin;help;change-password' {
            break
        }
        'xmpp;admin;help;end-sessions' {
            break
        }
        'xmpp;admin;help;online-users' {
            break
        }
        'xmpp;admin;help;registered-users' {
            break
        }
        'xmpp;admin;help;announce' {
            break
        }
        'xmpp;admin;help;help' {
            break
        }
        'xmpp;account' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register the --jid account on its server (in-band registration)')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Change the account''s password, then log in with the new one')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the account from its server')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmpp;account;register' {
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A further field of the server''s registration form, VAR=VALUE')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;account;password' {
            [CompletionResult]::new('--new-password-file', '--new-password-file', [CompletionResultType]::ParameterName, 'The new password from the first line of FILE')
            [CompletionResult]::new('--new-password-env', '--new-password-env', [CompletionResultType]::ParameterName, 'The new password from this environment variable')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--generate-password', '--generate-password', [CompletionResultType]::ParameterName, 'Make a random password (24 characters) and print it once')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;account;delete' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Yes, delete it: everything the server keeps for it goes')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;account;help' {
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register the --jid account on its server (in-band registration)')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Change the account''s password, then log in with the new one')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the account from its server')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmpp;account;help;register' {
            break
        }
        'xmpp;account;help;password' {
            break
        }
        'xmpp;account;help;delete' {
            break
        }
        'xmpp;account;help;help' {
            break
        }
        'xmpp;muc' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a room, configured before anyone can enter')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Print the room''s configuration, or change fields with --set')
            [CompletionResult]::new('affiliations', 'affiliations', [CompletionResultType]::ParameterValue, 'List owners, admins, members and outcasts, or change them with --set')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Destroy the room, telling its occupants why and where to go')
            [CompletionResult]::new('subject', 'subject', [CompletionResultType]::ParameterValue, 'Set the room''s subject')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite someone to the room (mediated: through the room)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmpp;muc;create' {
            [CompletionResult]::new('--config-json', '--config-json', [CompletionResultType]::ParameterName, 'Configuration fields as a JSON object from FILE, or - for stdin')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'A configuration field, VAR=VALUE (repeatable)')
            [CompletionResult]::new('--nick', '--nick', [CompletionResultType]::ParameterName, 'Our nick while creating it [default: the account''s name]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;muc;config' {
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'A configuration field, VAR=VALUE (repeatable)')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;muc;affiliations' {
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'JID=owner|admin|member|outcast|none (repeatable; one request)')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;muc;destroy' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'reason')
            [CompletionResult]::new('--alternate', '--alternate', [CompletionResultType]::ParameterName, 'The room the occupants should go to instead')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;muc;subject' {
            [CompletionResult]::new('--nick', '--nick', [CompletionResultType]::ParameterName, 'nick')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;muc;invite' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'reason')
            [CompletionResult]::new('--nick', '--nick', [CompletionResultType]::ParameterName, 'nick')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;muc;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a room, configured before anyone can enter')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Print the room''s configuration, or change fields with --set')
            [CompletionResult]::new('affiliations', 'affiliations', [CompletionResultType]::ParameterValue, 'List owners, admins, members and outcasts, or change them with --set')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Destroy the room, telling its occupants why and where to go')
            [CompletionResult]::new('subject', 'subject', [CompletionResultType]::ParameterValue, 'Set the room''s subject')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite someone to the room (mediated: through the room)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmpp;muc;help;create' {
            break
        }
        'xmpp;muc;help;config' {
            break
        }
        'xmpp;muc;help;affiliations' {
            break
        }
        'xmpp;muc;help;destroy' {
            break
        }
        'xmpp;muc;help;subject' {
            break
        }
        'xmpp;muc;help;invite' {
            break
        }
        'xmpp;muc;help;help' {
            break
        }
        'xmpp;roster' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every contact: JID, name, subscription, pending ask, groups')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact (an existing one is updated to exactly this)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a contact''s name or groups; what is not given is kept')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a contact (and cancel subscriptions both ways)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the roster as JSON (the shape `import` reads)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Make the roster match a JSON file: add and update, and with --prune remove the rest')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmpp;roster;list' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;roster;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Group (can be repeated)')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;roster;set' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Group (can be repeated)')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--no-groups', '--no-groups', [CompletionResultType]::ParameterName, 'Remove the contact from every group')
            [CompletionResult]::new('--no-name', '--no-name', [CompletionResultType]::ParameterName, 'Remove the display name')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;roster;remove' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;roster;export' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;roster;import' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also remove contacts that are not in FILE')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (add/update/remove per JID) and change nothing')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;roster;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every contact: JID, name, subscription, pending ask, groups')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact (an existing one is updated to exactly this)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a contact''s name or groups; what is not given is kept')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a contact (and cancel subscriptions both ways)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the roster as JSON (the shape `import` reads)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Make the roster match a JSON file: add and update, and with --prune remove the rest')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmpp;roster;help;list' {
            break
        }
        'xmpp;roster;help;add' {
            break
        }
        'xmpp;roster;help;set' {
            break
        }
        'xmpp;roster;help;remove' {
            break
        }
        'xmpp;roster;help;export' {
            break
        }
        'xmpp;roster;help;import' {
            break
        }
        'xmpp;roster;help;help' {
            break
        }
        'xmpp;presence' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Go online with this presence and stay until --hold runs out or SIGINT/SIGTERM')
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Ask to see a contact''s presence (type subscribe)')
            [CompletionResult]::new('unsubscribe', 'unsubscribe', [CompletionResultType]::ParameterValue, 'Stop seeing a contact''s presence (type unsubscribe)')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Let a contact see your presence (type subscribed)')
            [CompletionResult]::new('deny', 'deny', [CompletionResultType]::ParameterValue, 'Refuse or revoke a contact''s subscription (type unsubscribed)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Go online with priority -1, collect contacts'' presence, print each online resource')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmpp;presence;set' {
            [CompletionResult]::new('--show', '--show', [CompletionResultType]::ParameterName, 'Availability sub-state [default: plain available]')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Status text')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'Priority, -128 to 127 [default: 0; `presence set`: -1, so that no message is routed to a session that cannot show it]')
            [CompletionResult]::new('--hold', '--hold', [CompletionResultType]::ParameterName, 'Stay online this many seconds [default: until SIGINT/SIGTERM]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;presence;subscribe' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;presence;unsubscribe' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;presence;approve' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;presence;deny' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;presence;list' {
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to collect presence')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Also list contacts with no online resource, as offline')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;presence;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Go online with this presence and stay until --hold runs out or SIGINT/SIGTERM')
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Ask to see a contact''s presence (type subscribe)')
            [CompletionResult]::new('unsubscribe', 'unsubscribe', [CompletionResultType]::ParameterValue, 'Stop seeing a contact''s presence (type unsubscribe)')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Let a contact see your presence (type subscribed)')
            [CompletionResult]::new('deny', 'deny', [CompletionResultType]::ParameterValue, 'Refuse or revoke a contact''s subscription (type unsubscribed)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Go online with priority -1, collect contacts'' presence, print each online resource')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmpp;presence;help;set' {
            break
        }
        'xmpp;presence;help;subscribe' {
            break
        }
        'xmpp;presence;help;unsubscribe' {
            break
        }
        'xmpp;presence;help;approve' {
            break
        }
        'xmpp;presence;help;deny' {
            break
        }
        'xmpp;presence;help;list' {
            break
        }
        'xmpp;presence;help;help' {
            break
        }
        'xmpp;iq' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'IQ type')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Addressee [default: the account itself, i.e. the server on its behalf]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;ping' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Number of pings')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Number of pings')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Seconds between pings')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds between pings')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;disco' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Identities, features (sorted) and extended-info forms (XEP-0128)')
            [CompletionResult]::new('items', 'items', [CompletionResultType]::ParameterValue, 'Items: JID, node, name; --recursive adds each item''s identities')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmpp;disco;info' {
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Node to query')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;disco;items' {
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Node to query')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Also query each item''s identities (one level)')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Also query each item''s identities (one level)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;disco;help' {
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Identities, features (sorted) and extended-info forms (XEP-0128)')
            [CompletionResult]::new('items', 'items', [CompletionResultType]::ParameterValue, 'Items: JID, node, name; --recursive adds each item''s identities')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmpp;disco;help;info' {
            break
        }
        'xmpp;disco;help;items' {
            break
        }
        'xmpp;disco;help;help' {
            break
        }
        'xmpp;version' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;time' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;vcard' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;check' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Report format [default: human, or json with --json]')
            [CompletionResult]::new('--warn-days', '--warn-days', [CompletionResultType]::ParameterName, 'A certificate expiring within this many days is a warning')
            [CompletionResult]::new('--crit-days', '--crit-days', [CompletionResultType]::ParameterName, 'A certificate expiring within this many days is critical')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;omemo' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('fingerprint', 'fingerprint', [CompletionResultType]::ParameterValue, 'Print our device id and our identity key''s fingerprint (as Conversations shows it)')
            [CompletionResult]::new('devices', 'devices', [CompletionResultType]::ParameterValue, 'List a JID''s OMEMO devices with their fingerprints and our trust in them')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'Mark a fingerprint as verified (compare it with the one the contact''s client shows)')
            [CompletionResult]::new('distrust', 'distrust', [CompletionResultType]::ParameterValue, 'Refuse a fingerprint: never encrypt to it; its messages are marked untrusted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmpp;omemo;fingerprint' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;omemo;devices' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;omemo;trust' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;omemo;distrust' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;omemo;help' {
            [CompletionResult]::new('fingerprint', 'fingerprint', [CompletionResultType]::ParameterValue, 'Print our device id and our identity key''s fingerprint (as Conversations shows it)')
            [CompletionResult]::new('devices', 'devices', [CompletionResultType]::ParameterValue, 'List a JID''s OMEMO devices with their fingerprints and our trust in them')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'Mark a fingerprint as verified (compare it with the one the contact''s client shows)')
            [CompletionResult]::new('distrust', 'distrust', [CompletionResultType]::ParameterValue, 'Refuse a fingerprint: never encrypt to it; its messages are marked untrusted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmpp;omemo;help;fingerprint' {
            break
        }
        'xmpp;omemo;help;devices' {
            break
        }
        'xmpp;omemo;help;trust' {
            break
        }
        'xmpp;omemo;help;distrust' {
            break
        }
        'xmpp;omemo;help;help' {
            break
        }
        'xmpp;jid' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check JIDs; print the invalid ones as LINE: INPUT: REASON')
            [CompletionResult]::new('split', 'split', [CompletionResultType]::ParameterValue, 'Split JIDs into local part, domain and resource')
            [CompletionResult]::new('normalize', 'normalize', [CompletionResultType]::ParameterValue, 'Print the canonical form of each JID (case-folded local part and domain)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmpp;jid;validate' {
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Worker threads for large inputs, at most 256; output stays in input order [default: all cores]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--uri', '--uri', [CompletionResultType]::ParameterName, 'Accept xmpp: URIs (RFC 5122) and report them as their JID')
            [CompletionResult]::new('--no-fast-path', '--no-fast-path', [CompletionResultType]::ParameterName, 'Check every input with the jid crate alone (for differential checks)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;jid;split' {
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Worker threads for large inputs, at most 256; output stays in input order [default: all cores]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--uri', '--uri', [CompletionResultType]::ParameterName, 'Accept xmpp: URIs (RFC 5122) and report them as their JID')
            [CompletionResult]::new('--no-fast-path', '--no-fast-path', [CompletionResultType]::ParameterName, 'Check every input with the jid crate alone (for differential checks)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;jid;normalize' {
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Worker threads for large inputs, at most 256; output stays in input order [default: all cores]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--uri', '--uri', [CompletionResultType]::ParameterName, 'Accept xmpp: URIs (RFC 5122) and report them as their JID')
            [CompletionResult]::new('--no-fast-path', '--no-fast-path', [CompletionResultType]::ParameterName, 'Check every input with the jid crate alone (for differential checks)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;jid;help' {
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check JIDs; print the invalid ones as LINE: INPUT: REASON')
            [CompletionResult]::new('split', 'split', [CompletionResultType]::ParameterValue, 'Split JIDs into local part, domain and resource')
            [CompletionResult]::new('normalize', 'normalize', [CompletionResultType]::ParameterValue, 'Print the canonical form of each JID (case-folded local part and domain)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmpp;jid;help;validate' {
            break
        }
        'xmpp;jid;help;split' {
            break
        }
        'xmpp;jid;help;normalize' {
            break
        }
        'xmpp;jid;help;help' {
            break
        }
        'xmpp;config' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print which config file is used, and whether it exists')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the effective settings and where each came from (flag, env, file, default)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Connect and log in; report server software, TLS, SASL mechanism, stream management, upload and round trip')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Ask for a JID and a password source and write a config file (mode 0600)')
            [CompletionResult]::new('import-sendxmpp', 'import-sendxmpp', [CompletionResultType]::ParameterValue, 'Turn a go-sendxmpp or sendxmpp config file into a profile of ours')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmpp;config;path' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;config;show' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;config;check' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;config;init' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Profile name')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite an existing file (init) or profile (import-sendxmpp)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;config;import-sendxmpp' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Profile name')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing profile of that name')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;config;help' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print which config file is used, and whether it exists')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the effective settings and where each came from (flag, env, file, default)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Connect and log in; report server software, TLS, SASL mechanism, stream management, upload and round trip')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Ask for a JID and a password source and write a config file (mode 0600)')
            [CompletionResult]::new('import-sendxmpp', 'import-sendxmpp', [CompletionResultType]::ParameterValue, 'Turn a go-sendxmpp or sendxmpp config file into a profile of ours')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmpp;config;help;path' {
            break
        }
        'xmpp;config;help;show' {
            break
        }
        'xmpp;config;help;check' {
            break
        }
        'xmpp;config;help;init' {
            break
        }
        'xmpp;config;help;import-sendxmpp' {
            break
        }
        'xmpp;config;help;help' {
            break
        }
        'xmpp;completions' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;man' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write xmpp.1 and one page per subcommand into DIR')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use this profile from the config file [env: XMPP_ACCOUNT]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML, or a go-sendxmpp/sendxmpp file) [env: XMPP_CONFIG]')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--jid', '--jid', [CompletionResultType]::ParameterName, 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of PATH')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Run CMD through `sh -c` and use the first line of its output as the password')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource to bind [default: assigned by the server]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: human] [env: XMPP_OUTPUT]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Skip certificate verification (prints a warning every time)')
            [CompletionResult]::new('--allow-plain', '--allow-plain', [CompletionResultType]::ParameterName, 'Allow SASL PLAIN on a connection whose certificate was not verified (--insecure): the password then goes to whoever answers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more on stderr (can be repeated)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no warnings or summaries, only errors')
            [CompletionResult]::new('--trace-xml', '--trace-xml', [CompletionResultType]::ParameterName, 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads and passwords redacted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'xmpp;help' {
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a message to one or more JIDs, and wait until the server has taken it')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Stay online and print what arrives, one line per event')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Read the message archive (XEP-0313), oldest first, as one line per message')
            [CompletionResult]::new('relay', 'relay', [CompletionResultType]::ParameterValue, 'Serve an HTTP endpoint that sends over one warm, confirmed session')
            [CompletionResult]::new('adhoc', 'adhoc', [CompletionResultType]::ParameterValue, 'Ad-hoc commands (XEP-0050): list an entity''s commands, run one')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'Server administration (XEP-0133) over ad-hoc commands, on the account''s server')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'The account itself (XEP-0077): register it, change its password, delete it')
            [CompletionResult]::new('muc', 'muc', [CompletionResultType]::ParameterValue, 'Room administration (XEP-0045 §10): create, configure, affiliations, destroy, subject, invite')
            [CompletionResult]::new('roster', 'roster', [CompletionResultType]::ParameterValue, 'Read and change the contact list (roster, RFC 6121)')
            [CompletionResult]::new('presence', 'presence', [CompletionResultType]::ParameterValue, 'Set your availability, manage subscriptions, see who is online')
            [CompletionResult]::new('iq', 'iq', [CompletionResultType]::ParameterValue, 'Send any IQ and print the answer''s payload')
            [CompletionResult]::new('ping', 'ping', [CompletionResultType]::ParameterValue, 'Ping a JID (XEP-0199) and print the round-trip time')
            [CompletionResult]::new('disco', 'disco', [CompletionResultType]::ParameterValue, 'Service discovery (XEP-0030): what an entity is and what it offers')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Query an entity''s software version (XEP-0092)')
            [CompletionResult]::new('time', 'time', [CompletionResultType]::ParameterValue, 'Query an entity''s time (XEP-0202)')
            [CompletionResult]::new('vcard', 'vcard', [CompletionResultType]::ParameterValue, 'Fetch a vCard (vcard-temp, XEP-0054), text fields only')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Probe an XMPP service: DNS, every client and server endpoint, and with --jid a compliance suite for the account')
            [CompletionResult]::new('omemo', 'omemo', [CompletionResultType]::ParameterValue, 'OMEMO keys: our fingerprint, others'' devices, trust')
            [CompletionResult]::new('jid', 'jid', [CompletionResultType]::ParameterValue, 'Check, split and normalize JIDs offline (no account, no network)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Find, show, check and write the configuration')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page, or write one page per subcommand into a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'xmpp;help;send' {
            break
        }
        'xmpp;help;listen' {
            break
        }
        'xmpp;help;history' {
            [CompletionResult]::new('prefs', 'prefs', [CompletionResultType]::ParameterValue, 'Read or set which messages the server archives (XEP-0313 preferences)')
            break
        }
        'xmpp;help;history;prefs' {
            break
        }
        'xmpp;help;relay' {
            break
        }
        'xmpp;help;adhoc' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the commands an entity offers (the own server by default)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a command to its end, its forms filled from --field and --form-json')
            break
        }
        'xmpp;help;adhoc;list' {
            break
        }
        'xmpp;help;adhoc;run' {
            break
        }
        'xmpp;help;admin' {
            [CompletionResult]::new('add-user', 'add-user', [CompletionResultType]::ParameterValue, 'Create an account')
            [CompletionResult]::new('delete-user', 'delete-user', [CompletionResultType]::ParameterValue, 'Delete an account')
            [CompletionResult]::new('disable-user', 'disable-user', [CompletionResultType]::ParameterValue, 'Disable an account (its sessions end; it cannot log in)')
            [CompletionResult]::new('change-password', 'change-password', [CompletionResultType]::ParameterValue, 'Set an account''s password')
            [CompletionResult]::new('end-sessions', 'end-sessions', [CompletionResultType]::ParameterValue, 'End every session of an account')
            [CompletionResult]::new('online-users', 'online-users', [CompletionResultType]::ParameterValue, 'The accounts online now')
            [CompletionResult]::new('registered-users', 'registered-users', [CompletionResultType]::ParameterValue, 'Every registered account')
            [CompletionResult]::new('announce', 'announce', [CompletionResultType]::ParameterValue, 'A message to every online user (body from -m or stdin)')
            break
        }
        'xmpp;help;admin;add-user' {
            break
        }
        'xmpp;help;admin;delete-user' {
            break
        }
        'xmpp;help;admin;disable-user' {
            break
        }
        'xmpp;help;admin;change-password' {
            break
        }
        'xmpp;help;admin;end-sessions' {
            break
        }
        'xmpp;help;admin;online-users' {
            break
        }
        'xmpp;help;admin;registered-users' {
            break
        }
        'xmpp;help;admin;announce' {
            break
        }
        'xmpp;help;account' {
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register the --jid account on its server (in-band registration)')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Change the account''s password, then log in with the new one')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the account from its server')
            break
        }
        'xmpp;help;account;register' {
            break
        }
        'xmpp;help;account;password' {
            break
        }
        'xmpp;help;account;delete' {
            break
        }
        'xmpp;help;muc' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a room, configured before anyone can enter')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Print the room''s configuration, or change fields with --set')
            [CompletionResult]::new('affiliations', 'affiliations', [CompletionResultType]::ParameterValue, 'List owners, admins, members and outcasts, or change them with --set')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Destroy the room, telling its occupants why and where to go')
            [CompletionResult]::new('subject', 'subject', [CompletionResultType]::ParameterValue, 'Set the room''s subject')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite someone to the room (mediated: through the room)')
            break
        }
        'xmpp;help;muc;create' {
            break
        }
        'xmpp;help;muc;config' {
            break
        }
        'xmpp;help;muc;affiliations' {
            break
        }
        'xmpp;help;muc;destroy' {
            break
        }
        'xmpp;help;muc;subject' {
            break
        }
        'xmpp;help;muc;invite' {
            break
        }
        'xmpp;help;roster' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every contact: JID, name, subscription, pending ask, groups')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact (an existing one is updated to exactly this)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a contact''s name or groups; what is not given is kept')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a contact (and cancel subscriptions both ways)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the roster as JSON (the shape `import` reads)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Make the roster match a JSON file: add and update, and with --prune remove the rest')
            break
        }
        'xmpp;help;roster;list' {
            break
        }
        'xmpp;help;roster;add' {
            break
        }
        'xmpp;help;roster;set' {
            break
        }
        'xmpp;help;roster;remove' {
            break
        }
        'xmpp;help;roster;export' {
            break
        }
        'xmpp;help;roster;import' {
            break
        }
        'xmpp;help;presence' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Go online with this presence and stay until --hold runs out or SIGINT/SIGTERM')
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Ask to see a contact''s presence (type subscribe)')
            [CompletionResult]::new('unsubscribe', 'unsubscribe', [CompletionResultType]::ParameterValue, 'Stop seeing a contact''s presence (type unsubscribe)')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Let a contact see your presence (type subscribed)')
            [CompletionResult]::new('deny', 'deny', [CompletionResultType]::ParameterValue, 'Refuse or revoke a contact''s subscription (type unsubscribed)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Go online with priority -1, collect contacts'' presence, print each online resource')
            break
        }
        'xmpp;help;presence;set' {
            break
        }
        'xmpp;help;presence;subscribe' {
            break
        }
        'xmpp;help;presence;unsubscribe' {
            break
        }
        'xmpp;help;presence;approve' {
            break
        }
        'xmpp;help;presence;deny' {
            break
        }
        'xmpp;help;presence;list' {
            break
        }
        'xmpp;help;iq' {
            break
        }
        'xmpp;help;ping' {
            break
        }
        'xmpp;help;disco' {
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Identities, features (sorted) and extended-info forms (XEP-0128)')
            [CompletionResult]::new('items', 'items', [CompletionResultType]::ParameterValue, 'Items: JID, node, name; --recursive adds each item''s identities')
            break
        }
        'xmpp;help;disco;info' {
            break
        }
        'xmpp;help;disco;items' {
            break
        }
        'xmpp;help;version' {
            break
        }
        'xmpp;help;time' {
            break
        }
        'xmpp;help;vcard' {
            break
        }
        'xmpp;help;check' {
            break
        }
        'xmpp;help;omemo' {
            [CompletionResult]::new('fingerprint', 'fingerprint', [CompletionResultType]::ParameterValue, 'Print our device id and our identity key''s fingerprint (as Conversations shows it)')
            [CompletionResult]::new('devices', 'devices', [CompletionResultType]::ParameterValue, 'List a JID''s OMEMO devices with their fingerprints and our trust in them')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'Mark a fingerprint as verified (compare it with the one the contact''s client shows)')
            [CompletionResult]::new('distrust', 'distrust', [CompletionResultType]::ParameterValue, 'Refuse a fingerprint: never encrypt to it; its messages are marked untrusted')
            break
        }
        'xmpp;help;omemo;fingerprint' {
            break
        }
        'xmpp;help;omemo;devices' {
            break
        }
        'xmpp;help;omemo;trust' {
            break
        }
        'xmpp;help;omemo;distrust' {
            break
        }
        'xmpp;help;jid' {
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check JIDs; print the invalid ones as LINE: INPUT: REASON')
            [CompletionResult]::new('split', 'split', [CompletionResultType]::ParameterValue, 'Split JIDs into local part, domain and resource')
            [CompletionResult]::new('normalize', 'normalize', [CompletionResultType]::ParameterValue, 'Print the canonical form of each JID (case-folded local part and domain)')
            break
        }
        'xmpp;help;jid;validate' {
            break
        }
        'xmpp;help;jid;split' {
            break
        }
        'xmpp;help;jid;normalize' {
            break
        }
        'xmpp;help;config' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print which config file is used, and whether it exists')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the effective settings and where each came from (flag, env, file, default)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Connect and log in; report server software, TLS, SASL mechanism, stream management, upload and round trip')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Ask for a JID and a password source and write a config file (mode 0600)')
            [CompletionResult]::new('import-sendxmpp', 'import-sendxmpp', [CompletionResultType]::ParameterValue, 'Turn a go-sendxmpp or sendxmpp config file into a profile of ours')
            break
        }
        'xmpp;help;config;path' {
            break
        }
        'xmpp;help;config;show' {
            break
        }
        'xmpp;help;config;check' {
            break
        }
        'xmpp;help;config;init' {
            break
        }
        'xmpp;help;config;import-sendxmpp' {
            break
        }
        'xmpp;help;completions' {
            break
        }
        'xmpp;help;man' {
            break
        }
        'xmpp;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
