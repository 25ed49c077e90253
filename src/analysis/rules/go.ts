import type { RuleSet } from "../rule-types.js";

/**
 * Go: the compiler (`go build`, `go test` builds), `go vet`, gofmt, golangci-lint/staticcheck,
 * `go test` results, runtime panics and the module system. Compiler, vet and golangci-lint all
 * print `file.go:line:col: message`, so vet is told apart by its analyzers' message shapes and
 * golangci-lint by the `(linter)` suffix; everything else in that shape is a compile error.
 */

// `path/file.go:12:5: ` as go build, go vet and gopls print it (vet sometimes prefixes "vet: ").
const LOC = String.raw`^(?:vet: )?(?<file>[^\s:]+\.go):(?<line>\d+)(?::(?<column>\d+))?: `;

// Messages of the analyzers `go vet` runs by default (printf, copylocks, assign, unreachable, ...).
const VET =
  String.raw`(?:\S+ format %\S* (?:has arg|reads arg|has unknown verb|is missing|has \w+ arg|has .* of wrong type)|` +
  String.raw`call has possible (?:Printf )?formatting directive|call has arguments but no formatting directives|` +
  String.raw`\w+ call needs \d+ args? but has \d+ args?|passes lock by value|copies lock value|range var \S+ copies lock|` +
  String.raw`self-assignment of |unreachable code$|composite literal uses unkeyed fields|possible misuse of |` +
  String.raw`result of \S+ call not used|loop variable \w+ captured by func literal|the cancel function |` +
  String.raw`not compatible with reflect\.StructTag\.Get|struct field \w+ repeats|` +
  String.raw`comparison of function \w+ [=!]= nil is always|(?:suspect|redundant) (?:or|and): |` +
  String.raw`too small for shift of|direct assignment to atomic value|using \w+ before checking for errors|` +
  String.raw`impossible (?:interface|type) assertion|yields a string of one rune|should have signature |` +
  String.raw`second argument to errors\.As|passes non-pointer|has malformed (?:name|example suffix)|` +
  String.raw`misuse of unbuffered os\.Signal channel|from a non-test goroutine|arg list ends with redundant newline|` +
  String.raw`non-constant format string in call to|is a func value, not called|` +
  String.raw`fmt\.\w+ call has|\w+ arg \S+ (?:is a func value|causes recursive))`;

// gofmt, goimports and friends list unformatted files one per line; nothing else prints a bare .go path.
const BARE_GO_FILE = /^(?<file>(?:\.\/)?[\w.-]+(?:\/[\w.@-]+)*\.go)$/;

// Paths of the Go toolchain itself (GOROOT under any install) and module cache: not where the bug is.
const USER_FRAME = String.raw`^\t(?<file>(?:[A-Za-z]:)?\/(?!\S*?\/(?:go[\w.-]*|x64|arm64|amd64)\/src\/)(?!\S*\/pkg\/mod\/)\S+\.go):(?<line>\d+)(?: \+0x[0-9a-f]+)?$`;

// Lines of a goroutine dump: headers, `pkg.Func(args)` lines, tab-indented frames, blank separators.
const GOROUTINE_STACK =
  /^(?:\[signal .*|\tpanic: .*|goroutine \d+ \[.*\]:|\t.*|created by .*|[^\s(][^(]*\(.*\)(?: \+0x[0-9a-f]+)?|)$/;

// Compiler wording, for compile errors of Go < 1.10 that carry no column.
const OLD_COMPILE = String.raw`(?:undefined: |.* redeclared|cannot use |.* (?:declared|imported) (?:and|but) not used|imported and not used|missing return|too (?:many|few) |not enough arguments|.* has no field or method |invalid operation: |cannot convert |assignment mismatch|undeclared name|syntax error|non-name |.* is not a type|multiple-value |cannot assign |cannot range |invalid (?:argument|receiver|recursive type)|.* \(type .*\) )`;

// `go build` and `go vet` name the package above its errors: `# example.com/pkg [example.com/pkg.test]`.
const PACKAGE_HEADER = /^# (?<pkg>[\w./@-]+)(?: \[[\w./@-]+\])?$/;

const STD_PACKAGES =
  "bufio|bytes|context|errors|flag|fmt|io|log|math|net|os|path|filepath|reflect|regexp|runtime|sort|strconv|strings|sync|atomic|syscall|testing|time|unicode|utf8|json|xml|base64|hex|http|url|exec|ioutil|rand|sha256|md5|hash|slices|maps|cmp|slog|signal|tls|template|zip|gzip|csv|binary|embed|fs|heap|list|big|bits|debug|user|httptest";

export const goRules: RuleSet = {
  ecosystem: "go",
  rules: [
    {
      id: "go.proxy-network",
      tool: "go",
      category: "infrastructure_error",
      severity: "high",
      strategy: "none",
      keywords: ["proxy.golang.org", "sum.golang.org", "goproxy"],
      match:
        /^(?:go: )?(?<message>.*(?:proxy\.golang\.org|sum\.golang\.org|goproxy).*(?:dial tcp|i\/o timeout|connection (?:refused|reset)|TLS handshake timeout|no such host|502 Bad Gateway|503 Service Unavailable|504 Gateway).*)$/i,
      suggestion:
        "The Go module proxy could not be reached; re-run the job, or set GOPROXY to a reachable mirror.",
    },
    {
      id: "go.syntax",
      tool: "go",
      category: "syntax_error",
      severity: "high",
      strategy: "llm",
      keywords: [".go:"],
      match: new RegExp(
        LOC +
          String.raw`(?<message>syntax error: .+|expected (?:'[^']+'|declaration|operand|statement|expression|type|[\w ]+), found .+|illegal character .+|string literal not terminated|rune literal not terminated|newline in string|invalid character .+ in .+)$`,
      ),
      precede: 1,
      precedeMatch: PACKAGE_HEADER,
      suggestion: "Fix the Go syntax at $<file>:$<line> (`gofmt -l` reports the same error locally).",
    },
    {
      id: "go.missing-std-import",
      tool: "go",
      category: "import_error",
      severity: "high",
      strategy: "imports",
      keywords: ["undefined: ", "undeclared name: "],
      match: new RegExp(
        LOC +
          String.raw`(?<message>(?:undefined|undeclared name): (?<name>${STD_PACKAGES}))(?: \((?:typecheck|compile)\))?$`,
      ),
      message: "$<file>:$<line>: package $<name> is used but not imported",
      precede: 1,
      precedeMatch: PACKAGE_HEADER,
      suggestion:
        'Add the missing import of the "$<name>" package to $<file> (or run `goimports -w $<file>`).',
    },
    {
      id: "go.unused-import",
      tool: "go",
      category: "import_error",
      severity: "medium",
      strategy: "imports",
      keywords: ["imported and not used", "and not used"],
      match: new RegExp(
        LOC +
          String.raw`(?<message>imported and not used: .+|".+" imported (?:as \w+ )?and not used|imported as \w+ and not used.*)$`,
      ),
      unless: /\(\w+\)$/,
      precede: 1,
      precedeMatch: PACKAGE_HEADER,
      suggestion: "Remove the unused import in $<file>:$<line> (or run `goimports -w $<file>`).",
    },
    {
      id: "go.package-not-found",
      tool: "go",
      category: "import_error",
      severity: "high",
      strategy: "imports",
      keywords: [
        "is not in GOROOT",
        "is not in std",
        "cannot find package",
        "could not import",
        "use of internal package",
        "import cycle not allowed",
        "no Go files in",
        "found packages",
        "is not a package path",
        "malformed import path",
        "build constraints exclude all Go files",
      ],
      match:
        /^(?:(?:vet: )?(?<file>[^\s:]+\.go):(?<line>\d+)(?::(?<column>\d+))?: |go: |\S+: )?(?<message>(?:package \S+ is not in (?:GOROOT|std)|cannot find package|could not import|use of internal package .* not allowed|import cycle not allowed|(?:no|no non-test) Go files in|found packages \w+ \(\S+\) and \w+ \(\S+\) in|\S+ is not a package path|malformed import path|(?:package \S+: )?build constraints exclude all Go files in).*)$/,
      suggestion:
        "Fix the import path in $<file> (a typo, a package that moved, or a module that is not required in go.mod).",
    },
    {
      id: "go.module",
      tool: "go",
      category: "dependency_error",
      severity: "high",
      strategy: "dependencies",
      keywords: [
        "no required module provides package",
        "cannot find module providing package",
        "missing go.sum entry",
        "updates to go.mod needed",
        "go.mod file not found",
        "module lookup disabled",
        "unknown revision",
        "invalid version",
        "checksum mismatch",
        "inconsistent vendoring",
        "but does not contain package",
        "requires go >=",
        "go.mod requires go",
        "is replaced but not required",
        "reading https://",
        "reading http://",
        "reading file://",
        "no matching versions for query",
        "missing go.sum",
      ],
      match:
        /^(?:(?<file>[^\s:]+\.go):(?<line>\d+)(?::(?<column>\d+))?: |go: |\S*go\.mod:\d+: |verifying \S+: |[\w.-]+\.[a-z]{2,}\/\S+@v\S+: )(?<message>.*(?:no required module provides package|cannot find module providing package|missing go\.sum entry|updates to go\.mod needed|go\.mod file not found|module lookup disabled|unknown revision|invalid version|checksum mismatch|inconsistent vendoring|but does not contain package|requires go >=|go\.mod requires go|is replaced but not required|reading https?:\/\/\S+: 4\d\d|reading file:\/\/\S+: no such file or directory|no matching versions for query).*)$/,
      follow: /^\t(?:go (?:get|mod) .*)$/,
      maxFollow: 2,
      suggestion:
        "Fix the module requirements: run `go mod tidy` (or `go get <module>`) and commit go.mod and go.sum.",
    },
    {
      id: "go.cgo-header",
      tool: "go",
      category: "import_error",
      severity: "high",
      strategy: "dependencies",
      keywords: ["fatal error: "],
      // cgo compiles C: a missing header is a missing system library (or include path).
      match: new RegExp(
        LOC + String.raw`(?<message>fatal error: .+(?:file not found|No such file or directory))$`,
      ),
      suggestion: "A cgo #include is missing: install the C library's development package or fix CGO_CFLAGS.",
    },
    {
      id: "go.metalinter-format",
      tool: "gometalinter",
      category: "format_error",
      severity: "low",
      strategy: "format",
      keywords: [":warning: ", ":error: "],
      // gometalinter: `eth/config.go:1::warning: file is not goimported (goimports)`.
      match:
        /^(?<file>[^\s:]+\.go):(?<line>\d+):(?<column>\d*):(?:warning|error): (?<message>.+) \((?<code>gofmt|goimports|gofumpt|gci)\)$/,
      suggestion: "Run `gofmt -s -w` / `goimports -w` on $<file> and commit the result.",
    },
    {
      id: "go.metalinter",
      tool: "gometalinter",
      category: "lint_error",
      severity: "medium",
      strategy: "llm",
      keywords: [":warning: ", ":error: "],
      match:
        /^(?<file>[^\s:]+\.go):(?<line>\d+):(?<column>\d*):(?:warning|error): (?<message>.+) \((?<code>[\w-]+)\)$/,
      suggestion: "Fix the $<code> finding at $<file>:$<line>.",
    },
    {
      id: "go.golangci-format",
      tool: "golangci-lint",
      category: "format_error",
      severity: "low",
      strategy: "format",
      keywords: ["File is not"],
      match: new RegExp(
        LOC +
          String.raw`(?<message>File is not (?:properly formatted|\x60?[\w-]+\x60?-ed).*?)(?: \((?<code>[\w-]+)\))?$`,
      ),
      // One linter run: its compile and lint findings read together (the first one decides the kind).
      group: "golangci",
      suggestion: "Run `gofmt -s -w $<file>` (or `golangci-lint run --fix`) and commit the result.",
    },
    {
      id: "go.golangci-typecheck",
      tool: "golangci-lint",
      category: "type_error",
      severity: "high",
      strategy: "llm",
      keywords: ["(typecheck)", "(compile)"],
      // `(compile)` is what newer golangci-lint calls it.
      match: new RegExp(LOC + String.raw`(?<message>.+) \((?<code>typecheck|compile)\)$`),
      // One linter run: its compile and lint findings read together (the first one decides the kind).
      group: "golangci",
      suggestion: "The code does not compile: fix the error at $<file>:$<line>.",
    },
    {
      id: "go.golangci-lint",
      tool: "golangci-lint",
      category: "lint_error",
      severity: "medium",
      strategy: "llm",
      keywords: [".go:"],
      match: new RegExp(
        LOC + String.raw`(?<message>.+) \((?<code>[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*|[A-Z]{1,3}\d{3,4})\)$`,
      ),
      unless: new RegExp(LOC + ".*?" + VET),
      // One linter run: its compile and lint findings read together (the first one decides the kind).
      group: "golangci",
      suggestion: "Fix the $<code> finding at $<file>:$<line> (or `golangci-lint run --fix` where it can).",
    },
    {
      id: "go.vet",
      tool: "go vet",
      category: "lint_error",
      severity: "medium",
      strategy: "llm",
      keywords: [".go:"],
      match: new RegExp(LOC + String.raw`(?<message>.*?${VET}.*)$`),
      suggestion: "Fix the `go vet` finding at $<file>:$<line>.",
    },
    {
      id: "go.compile",
      tool: "go",
      category: "type_error",
      severity: "high",
      strategy: "llm",
      keywords: [".go:"],
      // Go >= 1.10 always prints a column; without one (older Go) only compiler wording counts,
      // since programs logging with log.Lshortfile print `server.go:45: listening` too.
      match: new RegExp(
        String.raw`^(?:vet: )?(?<file>[^\s:]+\.go):(?<line>\d+)(?::(?<column>\d+): (?<message>.+)|: (?<message2>${OLD_COMPILE}.*))$`,
      ),
      unless: /: (?:warning|note|info): /,
      follow: /^\t(?:have|want) \(/,
      maxFollow: 2,
      precede: 1,
      precedeMatch: PACKAGE_HEADER,
      suggestion: "Fix the compile error at $<file>:$<line>.",
    },
    {
      id: "go.gofmt-diff",
      tool: "gofmt",
      category: "format_error",
      severity: "low",
      strategy: "format",
      keywords: [".go.orig"],
      match: /^diff (?:-u )?(?<file>\S+\.go)\.orig \S+\.go$/,
      message: "$<file> is not gofmt-formatted",
      suggestion: "Run `gofmt -w $<file>` and commit the result.",
    },
    {
      id: "go.gofmt-list",
      tool: "gofmt",
      category: "format_error",
      severity: "low",
      strategy: "format",
      keywords: [".go"],
      match: BARE_GO_FILE,
      message: "$<file> is not gofmt-formatted",
      suggestion: "Run `gofmt -w $<file>` (or `goimports -w`) and commit the result.",
    },
    {
      id: "go.test-timeout",
      tool: "go test",
      category: "timeout",
      severity: "high",
      strategy: "llm",
      keywords: ["test timed out after"],
      match: /^panic: (?<message>test timed out after \S+)/,
      group: "go-panic",
      follow: /^(?:running tests:|\t\w\S* \([\d.]+m?s\))$/,
      maxFollow: 4,
      suggestion:
        "A test hung past the `-timeout`: the goroutine dump below shows where it was blocked; fix the wait or raise -timeout.",
    },
    {
      id: "go.panic",
      tool: "go",
      category: "runtime_error",
      severity: "high",
      strategy: "llm",
      keywords: ["panic: "],
      match: /^panic: (?<message>.+?)(?: \[recovered\])?$/,
      unless: /^panic: test timed out/,
      group: "go-panic",
      // Above the `--- FAIL` it causes: the panic is the reason, the test failure is its effect.
      priority: 75,
      // The goroutine stack is part of what a panic says; frames in the user's code give locations.
      follow: GOROUTINE_STACK,
      maxFollow: 40,
      followLocation: new RegExp(USER_FRAME),
      suggestion:
        "The program panicked: read the first frame in your code in the stack trace and fix it there.",
    },
    {
      id: "go.fatal",
      tool: "go",
      category: "runtime_error",
      severity: "high",
      strategy: "llm",
      keywords: ["fatal error: "],
      match:
        /^fatal error: (?<message>all goroutines are asleep.*|concurrent map .*|out of memory|runtime: .*|stack overflow|unexpected signal.*|sync: .*|.*deadlock.*)$/,
      group: "go-panic",
      priority: 75,
      suggestion:
        "The Go runtime stopped the program: see the goroutine stack below for the frame in your code.",
    },
    {
      id: "go.data-race",
      tool: "go test",
      category: "runtime_error",
      severity: "high",
      strategy: "llm",
      keywords: ["WARNING: DATA RACE"],
      match: /^WARNING: DATA RACE$/,
      group: "go-race",
      // Above the `--- FAIL ... race detected` it causes.
      priority: 75,
      // The race report: accesses, their goroutines' stacks (frames indented by spaces), blank separators.
      follow:
        /^(?:(?:Read|Write|Previous (?:read|write)) at 0x[0-9a-f]+ by (?:goroutine \d+|main goroutine):|Goroutine \d+ \(\w+\) created at:|\s+\S.*|)$/,
      maxFollow: 40,
      followLocation: new RegExp(USER_FRAME.replace("^\\t", "^\\s+")),
      message: "data race detected",
      suggestion:
        "Two goroutines touch the same memory without synchronisation: guard it with a mutex/atomic or a channel at the frames shown.",
    },
    {
      id: "go.stack-frame",
      tool: "go",
      category: "runtime_error",
      severity: "high",
      strategy: "llm",
      keywords: [".go:"],
      match: new RegExp(USER_FRAME),
      group: "go-panic",
      priority: 75,
      suggestion:
        "The program panicked: read the first frame in your code in the stack trace and fix it there.",
    },
    {
      id: "go.test-fail",
      tool: "go test",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["--- FAIL: "],
      match: /^\s*--- FAIL: (?<name>\S+)(?: \([\d.]+m?s\))?/,
      group: "go-test",
      // Non-verbose `go test` prints the failure messages indented under the `--- FAIL` line.
      follow: /^\s{4,}(?!--- (?:FAIL|PASS|SKIP): )\S/,
      maxFollow: 12,
      followLocation: /^\s+(?:Error Trace:\s+)?(?<file>[\w./@-]+\.go):(?<line>\d+)/,
      message: "$<name> failed",
      suggestion: "Run `go test -run '^$<name>$' ./...` locally and fix the code or the expectation.",
    },
    {
      // `go test`'s line for a package that did not compile: it closes the compile errors above.
      id: "go.build-failed",
      tool: "go test",
      category: "type_error",
      severity: "high",
      strategy: "llm",
      keywords: ["[build failed]", "[setup failed]"],
      match: /^FAIL\s+(?<name>\S+) \[(?:build|setup) failed\]$/,
      group: "go-build-failed",
      role: "summary",
      message: "$<name> did not build",
      suggestion: "Fix the compile errors printed above for $<name>.",
    },
    {
      id: "go.test-log",
      tool: "go test",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: [".go:"],
      // `go test -v` streams t.Error output before the `--- FAIL` line; t.Log lines look the
      // same, so only lines that read like an assertion count.
      match:
        /^\s+(?<file>[\w.-]+_test\.go):(?<line>\d+): (?<message>.*(?:\bwant(?:ed)?\b|\bexpected\b|\bgot\b|\bactual\b|\bfail|\berror|\bunexpected\b|mismatch|\bshould\b|!=|\bnot equal\b|\bdiffer|\bdiff\b).*)$/i,
      group: "go-test",
      suggestion:
        "Run the failing test locally (`go test -run <name> ./...`) and fix the code or the expectation.",
    },
    {
      id: "go.testify-trace",
      tool: "go test",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["Error Trace:"],
      match: /^\s+Error Trace:\s+(?<file>\S+\.go):(?<line>\d+)$/,
      group: "go-test",
      suggestion:
        "Run the failing test locally (`go test -run <name> ./...`) and fix the code or the expectation.",
    },
  ],
};
