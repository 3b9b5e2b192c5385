# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_xmpp_global_optspecs
    string join \n a/account= j/jid= password-env= password-file= password-command= server= tls= ca-file= insecure resource= timeout= o/output= json v/verbose q/quiet trace-xml h/help V/version
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
complete -c xmpp -n "__fish_xmpp_needs_command" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_needs_command" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_needs_command" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_needs_command" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads redacted'
complete -c xmpp -n "__fish_xmpp_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_needs_command" -s V -l version -d 'Print version'
complete -c xmpp -n "__fish_xmpp_needs_command" -f -a "send" -d 'Send a message to one or more JIDs, and wait until the server has taken it'
complete -c xmpp -n "__fish_xmpp_needs_command" -f -a "iq" -d 'Send any IQ and print the answer\'s payload'
complete -c xmpp -n "__fish_xmpp_needs_command" -f -a "ping" -d 'Ping a JID (XEP-0199) and print the round-trip time'
complete -c xmpp -n "__fish_xmpp_needs_command" -f -a "disco" -d 'Service discovery (XEP-0030): what an entity is and what it offers'
complete -c xmpp -n "__fish_xmpp_needs_command" -f -a "version" -d 'Query an entity\'s software version (XEP-0092)'
complete -c xmpp -n "__fish_xmpp_needs_command" -f -a "time" -d 'Query an entity\'s time (XEP-0202)'
complete -c xmpp -n "__fish_xmpp_needs_command" -f -a "vcard" -d 'Fetch a vCard (vcard-temp, XEP-0054), text fields only'
complete -c xmpp -n "__fish_xmpp_needs_command" -f -a "jid" -d 'Check, split and normalize JIDs offline (no account, no network)'
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
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
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
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l lines -d 'Send every stdin line as its own message, as it arrives, over one connection'
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l ndjson -d 'Read JSON objects {"to", "body", "type"?, "subject"?, "thread"?, "id"?}, one per line'
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l raw -d 'Read raw stanzas from stdin (checked as XML before connecting) and send them as they are'
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l dry-run -d 'Print the stanzas that would be sent; connect to nothing'
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l insecure -d 'Skip certificate verification (prints a warning every time)'
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand iq" -l type -d 'IQ type' -r -f -a "get\t''
set\t''"
complete -c xmpp -n "__fish_xmpp_using_subcommand iq" -l to -d 'Addressee [default: the account itself, i.e. the server on its behalf]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand iq" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
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
complete -c xmpp -n "__fish_xmpp_using_subcommand iq" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand iq" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand iq" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand iq" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand iq" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand ping" -s c -l count -d 'Number of pings' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand ping" -s i -l interval -d 'Seconds between pings' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand ping" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
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
complete -c xmpp -n "__fish_xmpp_using_subcommand ping" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand ping" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand ping" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand ping" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand ping" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
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
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -f -a "info" -d 'Identities, features (sorted) and extended-info forms (XEP-0128)'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -f -a "items" -d 'Items: JID, node, name; --recursive adds each item\'s identities'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and not __fish_seen_subcommand_from info items help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from info" -l node -d 'Node to query' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from info" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
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
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from info" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from info" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from info" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from info" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from items" -l node -d 'Node to query' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from items" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
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
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from items" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from items" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from items" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from items" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from items" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from help" -f -a "info" -d 'Identities, features (sorted) and extended-info forms (XEP-0128)'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from help" -f -a "items" -d 'Items: JID, node, name; --recursive adds each item\'s identities'
complete -c xmpp -n "__fish_xmpp_using_subcommand disco; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmpp -n "__fish_xmpp_using_subcommand version" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
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
complete -c xmpp -n "__fish_xmpp_using_subcommand version" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand version" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand version" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand version" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand time" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
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
complete -c xmpp -n "__fish_xmpp_using_subcommand time" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand time" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand time" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand time" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand time" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand vcard" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
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
complete -c xmpp -n "__fish_xmpp_using_subcommand vcard" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand vcard" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand vcard" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand vcard" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand vcard" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
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
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -f -a "validate" -d 'Check JIDs; print the invalid ones as LINE: INPUT: REASON'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -f -a "split" -d 'Split JIDs into local part, domain and resource'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -f -a "normalize" -d 'Print the canonical form of each JID (case-folded local part and domain)'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and not __fish_seen_subcommand_from validate split normalize help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from validate" -l jobs -d 'Worker threads for large inputs; output stays in input order [default: all cores]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from validate" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
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
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from validate" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from validate" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from validate" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from validate" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from split" -l jobs -d 'Worker threads for large inputs; output stays in input order [default: all cores]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from split" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
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
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from split" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from split" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from split" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from split" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from split" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from normalize" -l jobs -d 'Worker threads for large inputs; output stays in input order [default: all cores]' -r
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from normalize" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
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
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from normalize" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from normalize" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from normalize" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from normalize" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from normalize" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from help" -f -a "validate" -d 'Check JIDs; print the invalid ones as LINE: INPUT: REASON'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from help" -f -a "split" -d 'Split JIDs into local part, domain and resource'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from help" -f -a "normalize" -d 'Print the canonical form of each JID (case-folded local part and domain)'
complete -c xmpp -n "__fish_xmpp_using_subcommand jid; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmpp -n "__fish_xmpp_using_subcommand completions" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
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
complete -c xmpp -n "__fish_xmpp_using_subcommand completions" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand completions" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand completions" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand completions" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand man" -l dir -d 'Write xmpp.1 and one page per subcommand into DIR' -r -F
complete -c xmpp -n "__fish_xmpp_using_subcommand man" -s a -l account -d 'Use this profile from the config file [env: XMPP_ACCOUNT]' -r
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
complete -c xmpp -n "__fish_xmpp_using_subcommand man" -l json -d 'Shorthand for --output json'
complete -c xmpp -n "__fish_xmpp_using_subcommand man" -s v -l verbose -d 'Log more on stderr (can be repeated)'
complete -c xmpp -n "__fish_xmpp_using_subcommand man" -s q -l quiet -d 'Print less: no warnings or summaries, only errors'
complete -c xmpp -n "__fish_xmpp_using_subcommand man" -l trace-xml -d 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads redacted'
complete -c xmpp -n "__fish_xmpp_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send iq ping disco version time vcard jid completions man help" -f -a "send" -d 'Send a message to one or more JIDs, and wait until the server has taken it'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send iq ping disco version time vcard jid completions man help" -f -a "iq" -d 'Send any IQ and print the answer\'s payload'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send iq ping disco version time vcard jid completions man help" -f -a "ping" -d 'Ping a JID (XEP-0199) and print the round-trip time'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send iq ping disco version time vcard jid completions man help" -f -a "disco" -d 'Service discovery (XEP-0030): what an entity is and what it offers'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send iq ping disco version time vcard jid completions man help" -f -a "version" -d 'Query an entity\'s software version (XEP-0092)'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send iq ping disco version time vcard jid completions man help" -f -a "time" -d 'Query an entity\'s time (XEP-0202)'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send iq ping disco version time vcard jid completions man help" -f -a "vcard" -d 'Fetch a vCard (vcard-temp, XEP-0054), text fields only'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send iq ping disco version time vcard jid completions man help" -f -a "jid" -d 'Check, split and normalize JIDs offline (no account, no network)'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send iq ping disco version time vcard jid completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send iq ping disco version time vcard jid completions man help" -f -a "man" -d 'Print the man page, or write one page per subcommand into a directory'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and not __fish_seen_subcommand_from send iq ping disco version time vcard jid completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from disco" -f -a "info" -d 'Identities, features (sorted) and extended-info forms (XEP-0128)'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from disco" -f -a "items" -d 'Items: JID, node, name; --recursive adds each item\'s identities'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from jid" -f -a "validate" -d 'Check JIDs; print the invalid ones as LINE: INPUT: REASON'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from jid" -f -a "split" -d 'Split JIDs into local part, domain and resource'
complete -c xmpp -n "__fish_xmpp_using_subcommand help; and __fish_seen_subcommand_from jid" -f -a "normalize" -d 'Print the canonical form of each JID (case-folded local part and domain)'
