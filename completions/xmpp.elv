
use builtin;
use str;

set edit:completion:arg-completer[xmpp] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'xmpp'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'xmpp'= {
            cand -a 'Use this profile from the config file [env: XMPP_ACCOUNT]'
            cand --account 'Use this profile from the config file [env: XMPP_ACCOUNT]'
            cand -j 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]'
            cand --jid 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]'
            cand --password-env 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)'
            cand --password-file 'Read the password from the first line of PATH'
            cand --password-command 'Run CMD through `sh -c` and use the first line of its output as the password'
            cand --server 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]'
            cand --tls 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]'
            cand --ca-file 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]'
            cand --resource 'Resource to bind [default: assigned by the server]'
            cand --timeout 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]'
            cand -o 'Output format [default: human] [env: XMPP_OUTPUT]'
            cand --output 'Output format [default: human] [env: XMPP_OUTPUT]'
            cand --insecure 'Skip certificate verification (prints a warning every time)'
            cand --json 'Shorthand for --output json'
            cand -v 'Log more on stderr (can be repeated)'
            cand --verbose 'Log more on stderr (can be repeated)'
            cand -q 'Print less: no warnings or summaries, only errors'
            cand --quiet 'Print less: no warnings or summaries, only errors'
            cand --trace-xml 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads redacted'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand send 'Send a message to one or more JIDs, and wait until the server has taken it'
            cand jid 'Check, split and normalize JIDs offline (no account, no network)'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page, or write one page per subcommand into a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'xmpp;send'= {
            cand -m 'The message body [default: all of stdin]'
            cand --message 'The message body [default: all of stdin]'
            cand --type 'Message type'
            cand -s 'Subject line'
            cand --subject 'Subject line'
            cand --thread 'Thread identifier'
            cand -a 'Use this profile from the config file [env: XMPP_ACCOUNT]'
            cand --account 'Use this profile from the config file [env: XMPP_ACCOUNT]'
            cand -j 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]'
            cand --jid 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]'
            cand --password-env 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)'
            cand --password-file 'Read the password from the first line of PATH'
            cand --password-command 'Run CMD through `sh -c` and use the first line of its output as the password'
            cand --server 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]'
            cand --tls 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]'
            cand --ca-file 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]'
            cand --resource 'Resource to bind [default: assigned by the server]'
            cand --timeout 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]'
            cand -o 'Output format [default: human] [env: XMPP_OUTPUT]'
            cand --output 'Output format [default: human] [env: XMPP_OUTPUT]'
            cand --lines 'Send every stdin line as its own message, as it arrives, over one connection'
            cand --ndjson 'Read JSON objects {"to", "body", "type"?, "subject"?, "thread"?, "id"?}, one per line'
            cand --raw 'Read raw stanzas from stdin (checked as XML before connecting) and send them as they are'
            cand --dry-run 'Print the stanzas that would be sent; connect to nothing'
            cand --insecure 'Skip certificate verification (prints a warning every time)'
            cand --json 'Shorthand for --output json'
            cand -v 'Log more on stderr (can be repeated)'
            cand --verbose 'Log more on stderr (can be repeated)'
            cand -q 'Print less: no warnings or summaries, only errors'
            cand --quiet 'Print less: no warnings or summaries, only errors'
            cand --trace-xml 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads redacted'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'xmpp;jid'= {
            cand -a 'Use this profile from the config file [env: XMPP_ACCOUNT]'
            cand --account 'Use this profile from the config file [env: XMPP_ACCOUNT]'
            cand -j 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]'
            cand --jid 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]'
            cand --password-env 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)'
            cand --password-file 'Read the password from the first line of PATH'
            cand --password-command 'Run CMD through `sh -c` and use the first line of its output as the password'
            cand --server 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]'
            cand --tls 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]'
            cand --ca-file 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]'
            cand --resource 'Resource to bind [default: assigned by the server]'
            cand --timeout 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]'
            cand -o 'Output format [default: human] [env: XMPP_OUTPUT]'
            cand --output 'Output format [default: human] [env: XMPP_OUTPUT]'
            cand --insecure 'Skip certificate verification (prints a warning every time)'
            cand --json 'Shorthand for --output json'
            cand -v 'Log more on stderr (can be repeated)'
            cand --verbose 'Log more on stderr (can be repeated)'
            cand -q 'Print less: no warnings or summaries, only errors'
            cand --quiet 'Print less: no warnings or summaries, only errors'
            cand --trace-xml 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads redacted'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand validate 'Check JIDs; print the invalid ones as LINE: INPUT: REASON'
            cand split 'Split JIDs into local part, domain and resource'
            cand normalize 'Print the canonical form of each JID (case-folded local part and domain)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'xmpp;jid;validate'= {
            cand --jobs 'Worker threads for large inputs; output stays in input order [default: all cores]'
            cand -a 'Use this profile from the config file [env: XMPP_ACCOUNT]'
            cand --account 'Use this profile from the config file [env: XMPP_ACCOUNT]'
            cand -j 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]'
            cand --jid 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]'
            cand --password-env 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)'
            cand --password-file 'Read the password from the first line of PATH'
            cand --password-command 'Run CMD through `sh -c` and use the first line of its output as the password'
            cand --server 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]'
            cand --tls 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]'
            cand --ca-file 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]'
            cand --resource 'Resource to bind [default: assigned by the server]'
            cand --timeout 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]'
            cand -o 'Output format [default: human] [env: XMPP_OUTPUT]'
            cand --output 'Output format [default: human] [env: XMPP_OUTPUT]'
            cand --uri 'Accept xmpp: URIs (RFC 5122) and report them as their JID'
            cand --no-fast-path 'Check every input with the jid crate alone (for differential checks)'
            cand --insecure 'Skip certificate verification (prints a warning every time)'
            cand --json 'Shorthand for --output json'
            cand -v 'Log more on stderr (can be repeated)'
            cand --verbose 'Log more on stderr (can be repeated)'
            cand -q 'Print less: no warnings or summaries, only errors'
            cand --quiet 'Print less: no warnings or summaries, only errors'
            cand --trace-xml 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads redacted'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'xmpp;jid;split'= {
            cand --jobs 'Worker threads for large inputs; output stays in input order [default: all cores]'
            cand -a 'Use this profile from the config file [env: XMPP_ACCOUNT]'
            cand --account 'Use this profile from the config file [env: XMPP_ACCOUNT]'
            cand -j 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]'
            cand --jid 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]'
            cand --password-env 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)'
            cand --password-file 'Read the password from the first line of PATH'
            cand --password-command 'Run CMD through `sh -c` and use the first line of its output as the password'
            cand --server 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]'
            cand --tls 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]'
            cand --ca-file 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]'
            cand --resource 'Resource to bind [default: assigned by the server]'
            cand --timeout 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]'
            cand -o 'Output format [default: human] [env: XMPP_OUTPUT]'
            cand --output 'Output format [default: human] [env: XMPP_OUTPUT]'
            cand --uri 'Accept xmpp: URIs (RFC 5122) and report them as their JID'
            cand --no-fast-path 'Check every input with the jid crate alone (for differential checks)'
            cand --insecure 'Skip certificate verification (prints a warning every time)'
            cand --json 'Shorthand for --output json'
            cand -v 'Log more on stderr (can be repeated)'
            cand --verbose 'Log more on stderr (can be repeated)'
            cand -q 'Print less: no warnings or summaries, only errors'
            cand --quiet 'Print less: no warnings or summaries, only errors'
            cand --trace-xml 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads redacted'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'xmpp;jid;normalize'= {
            cand --jobs 'Worker threads for large inputs; output stays in input order [default: all cores]'
            cand -a 'Use this profile from the config file [env: XMPP_ACCOUNT]'
            cand --account 'Use this profile from the config file [env: XMPP_ACCOUNT]'
            cand -j 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]'
            cand --jid 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]'
            cand --password-env 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)'
            cand --password-file 'Read the password from the first line of PATH'
            cand --password-command 'Run CMD through `sh -c` and use the first line of its output as the password'
            cand --server 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]'
            cand --tls 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]'
            cand --ca-file 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]'
            cand --resource 'Resource to bind [default: assigned by the server]'
            cand --timeout 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]'
            cand -o 'Output format [default: human] [env: XMPP_OUTPUT]'
            cand --output 'Output format [default: human] [env: XMPP_OUTPUT]'
            cand --uri 'Accept xmpp: URIs (RFC 5122) and report them as their JID'
            cand --no-fast-path 'Check every input with the jid crate alone (for differential checks)'
            cand --insecure 'Skip certificate verification (prints a warning every time)'
            cand --json 'Shorthand for --output json'
            cand -v 'Log more on stderr (can be repeated)'
            cand --verbose 'Log more on stderr (can be repeated)'
            cand -q 'Print less: no warnings or summaries, only errors'
            cand --quiet 'Print less: no warnings or summaries, only errors'
            cand --trace-xml 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads redacted'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'xmpp;jid;help'= {
            cand validate 'Check JIDs; print the invalid ones as LINE: INPUT: REASON'
            cand split 'Split JIDs into local part, domain and resource'
            cand normalize 'Print the canonical form of each JID (case-folded local part and domain)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'xmpp;jid;help;validate'= {
        }
        &'xmpp;jid;help;split'= {
        }
        &'xmpp;jid;help;normalize'= {
        }
        &'xmpp;jid;help;help'= {
        }
        &'xmpp;completions'= {
            cand -a 'Use this profile from the config file [env: XMPP_ACCOUNT]'
            cand --account 'Use this profile from the config file [env: XMPP_ACCOUNT]'
            cand -j 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]'
            cand --jid 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]'
            cand --password-env 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)'
            cand --password-file 'Read the password from the first line of PATH'
            cand --password-command 'Run CMD through `sh -c` and use the first line of its output as the password'
            cand --server 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]'
            cand --tls 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]'
            cand --ca-file 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]'
            cand --resource 'Resource to bind [default: assigned by the server]'
            cand --timeout 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]'
            cand -o 'Output format [default: human] [env: XMPP_OUTPUT]'
            cand --output 'Output format [default: human] [env: XMPP_OUTPUT]'
            cand --insecure 'Skip certificate verification (prints a warning every time)'
            cand --json 'Shorthand for --output json'
            cand -v 'Log more on stderr (can be repeated)'
            cand --verbose 'Log more on stderr (can be repeated)'
            cand -q 'Print less: no warnings or summaries, only errors'
            cand --quiet 'Print less: no warnings or summaries, only errors'
            cand --trace-xml 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads redacted'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'xmpp;man'= {
            cand --dir 'Write xmpp.1 and one page per subcommand into DIR'
            cand -a 'Use this profile from the config file [env: XMPP_ACCOUNT]'
            cand --account 'Use this profile from the config file [env: XMPP_ACCOUNT]'
            cand -j 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]'
            cand --jid 'The account''s address; a resource in it is used as the resource [env: XMPP_JID]'
            cand --password-env 'Read the password from environment variable VAR (without any option: XMPP_PASSWORD)'
            cand --password-file 'Read the password from the first line of PATH'
            cand --password-command 'Run CMD through `sh -c` and use the first line of its output as the password'
            cand --server 'Connect to HOST[:PORT] instead of looking up SRV records [env: XMPP_SERVER]'
            cand --tls 'TLS mode [default: SRV _xmpps-client (direct), then _xmpp-client (starttls)]'
            cand --ca-file 'Also trust the certificates in this PEM file [env: XMPP_CA_FILE]'
            cand --resource 'Resource to bind [default: assigned by the server]'
            cand --timeout 'Seconds to wait for connect+auth and for each answer [default: 10] [env: XMPP_TIMEOUT]'
            cand -o 'Output format [default: human] [env: XMPP_OUTPUT]'
            cand --output 'Output format [default: human] [env: XMPP_OUTPUT]'
            cand --insecure 'Skip certificate verification (prints a warning every time)'
            cand --json 'Shorthand for --output json'
            cand -v 'Log more on stderr (can be repeated)'
            cand --verbose 'Log more on stderr (can be repeated)'
            cand -q 'Print less: no warnings or summaries, only errors'
            cand --quiet 'Print less: no warnings or summaries, only errors'
            cand --trace-xml 'Print every XML element in (<<) and out (>>) on stderr, SASL payloads redacted'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'xmpp;help'= {
            cand send 'Send a message to one or more JIDs, and wait until the server has taken it'
            cand jid 'Check, split and normalize JIDs offline (no account, no network)'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page, or write one page per subcommand into a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'xmpp;help;send'= {
        }
        &'xmpp;help;jid'= {
            cand validate 'Check JIDs; print the invalid ones as LINE: INPUT: REASON'
            cand split 'Split JIDs into local part, domain and resource'
            cand normalize 'Print the canonical form of each JID (case-folded local part and domain)'
        }
        &'xmpp;help;jid;validate'= {
        }
        &'xmpp;help;jid;split'= {
        }
        &'xmpp;help;jid;normalize'= {
        }
        &'xmpp;help;completions'= {
        }
        &'xmpp;help;man'= {
        }
        &'xmpp;help;help'= {
        }
    ]
    $completions[$command]
}
