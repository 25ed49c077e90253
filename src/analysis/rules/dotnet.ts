import type { Rule, RuleSet } from "../rule-types.js";
import type { Category, Strategy } from "../types.js";

/**
 * .NET: MSBuild/`dotnet build` diagnostics (C#, F#, VB compilers, analyzers, NuGet, the SDK),
 * `dotnet test` (VSTest console and its xUnit/NUnit/MSTest adapters), `dotnet format` and
 * unhandled exceptions. MSBuild prints each error twice (inline and in the closing summary);
 * identical lines are merged by the engine, so both land in one excerpt line.
 */

// `/w/src/App/Program.cs(12,5): error CS0103: The name 'x' does not exist ... [/w/src/App/App.csproj]`
const MSBUILD = String.raw`^(?:\s*\d+>)?\s*(?<file>(?:[A-Za-z]:)?[^():]+?\.(?:cs|fs|fsi|fsx|vb|razor|cshtml|xaml|csproj|fsproj|vbproj|props|targets|sln))\((?<line>\d+)(?:,(?<column>\d+))?(?:,\d+,\d+)?\): (?:fatal )?error `;
// Errors MSBuild attributes to a project or tool rather than a source line.
const PROJECT = String.raw`^(?:\s*\d+>)?\s*(?:(?<file>\S[^:]*?)\s?: )?(?:fatal )?error `;

const SYNTAX_CODES =
  "CS1002|CS1003|CS1001|CS1513|CS1514|CS1026|CS1525|CS1519|CS1022|CS1031|CS1520|CS1529|CS1010|CS1012|CS1039|CS1040|CS1056|CS1733|CS8124|CS1009|CS1024|CS1027|CS1028|CS1032|CS1035|CS1037|CS1041|CS1043|CS1055|CS1597|FS0010|FS0588|BC30035|BC30205|BC30198";
const IMPORT_CODES = "CS0246|CS0234|CS0400|CS0138|CS0012|CS0006|CS0009|FS0039|BC30002|BC40056|BC30466";

interface Kind {
  kind: string;
  category: Category;
  strategy: Strategy;
  code: string;
  suggestion: string;
}

const KINDS: Kind[] = [
  {
    kind: "syntax",
    category: "syntax_error",
    strategy: "llm",
    code: SYNTAX_CODES,
    suggestion: "Fix the syntax error $<code> at $<file>:$<line>.",
  },
  {
    kind: "import",
    category: "import_error",
    strategy: "imports",
    code: IMPORT_CODES,
    suggestion:
      "Add the missing `using` directive or the PackageReference/ProjectReference that provides the type at $<file>:$<line>.",
  },
  {
    kind: "format",
    category: "format_error",
    strategy: "format",
    code: "IDE0055|WHITESPACE|FINALNEWLINE|CHARSET|IMPORTS",
    suggestion: "Run `dotnet format` and commit the result.",
  },
  {
    kind: "analyzer",
    category: "lint_error",
    strategy: "llm",
    code: String.raw`(?:CA|IDE|SA|RCS|S|VSTHRD|xUnit|NUnit|MSTEST|ASP|BL|SYSLIB|RS|AD)\d{4,5}`,
    suggestion:
      "Fix the analyzer finding $<code> at $<file>:$<line> (or adjust its severity in .editorconfig).",
  },
  {
    kind: "compile",
    category: "type_error",
    strategy: "llm",
    code: String.raw`(?:CS|FS|BC)\d{4}`,
    suggestion: "Fix the compile error $<code> at $<file>:$<line>.",
  },
];

function compileRules(): Rule[] {
  return KINDS.map((k) => ({
    id: `dotnet.${k.kind}`,
    tool: "msbuild",
    category: k.category,
    severity: "high",
    strategy: k.strategy,
    keywords: [": error ", ": fatal error "],
    match: new RegExp(MSBUILD + String.raw`(?<code>${k.code}): (?<message>.+?)(?: \[[^\]]+\])?$`),
    suggestion: k.suggestion,
  }));
}

export const dotnetRules: RuleSet = {
  ecosystem: "dotnet",
  rules: [
    {
      id: "dotnet.nuget-network",
      tool: "nuget",
      category: "infrastructure_error",
      severity: "high",
      strategy: "none",
      keywords: ["error NU1301", "error NU1801"],
      match: /(?:^|\s|: )(?:error|warning) (?<code>NU1301|NU1801): (?<message>.+?)(?: \[[^\]]+\])?$/,
      unless: /^\s*(?:\S.*: )?warning /,
      suggestion:
        "The NuGet feed could not be reached: re-run the job, or check the feed URL and credentials in nuget.config.",
    },
    {
      id: "dotnet.nuget",
      tool: "nuget",
      category: "dependency_error",
      severity: "high",
      strategy: "dependencies",
      keywords: ["error NU1", "error NETSDK1004", "error NETSDK1045", "error NETSDK1005", "error NETSDK1064"],
      match: new RegExp(
        PROJECT +
          String.raw`(?<code>NU1\d{3}|NETSDK1004|NETSDK1045|NETSDK1005|NETSDK1064): (?<message>.+?)(?: \[[^\]]+\])?$`,
      ),
      suggestion:
        "Fix the package reference (id, version, target framework) and run `dotnet restore`; install the SDK the project targets if NETSDK says so.",
    },
    ...compileRules(),
    {
      id: "dotnet.msbuild",
      tool: "msbuild",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["error MSB", "error NETSDK"],
      match: new RegExp(
        PROJECT + String.raw`(?<code>MSB\d{4}|NETSDK\d{4}): (?<message>.+?)(?: \[[^\]]+\])?$`,
      ),
      suggestion:
        "MSBuild itself failed ($<code>): read the message; a failed Exec task shows its command output above.",
    },
    {
      id: "dotnet.build-summary",
      tool: "msbuild",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["Build FAILED.", "Error(s)", "Build failed with"],
      match: /^(?:Build FAILED\.|\s+[1-9]\d* Error\(s\)|Build failed with [1-9]\d* error\(s\).*)$/,
      group: "msbuild-summary",
      role: "summary",
      suggestion: "The build failed: the errors are listed above the summary.",
    },
    {
      id: "dotnet.test-failed",
      tool: "dotnet test",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["Failed ", "[FAIL]", "failed "],
      // VSTest: `  Failed CalcTests.Adds [12 ms]` (old: `Failed   CalcTests.Adds`); xUnit console:
      // `[xUnit.net 00:00:00.52]     CalcTests.Adds [FAIL]`; Microsoft.Testing.Platform: `failed Adds (6s 220ms)`.
      match:
        /^(?:\s*Failed\s+(?:(?<name>[\w.+`<>,()[\] "'-]+?) \[(?:< ?)?\d+(?:\.\d+)? ?(?:ms|s|m)\]|[A-Za-z_][\w+`<>,()'"-]*(?:\.[\w+`<>,()'"-]+)+)|(?:\[xUnit\.net [\d:.]+\])?\s*(?<name2>[\w.+`<>,()'" -]*[\w)]) \[FAIL\]|\s*failed (?<name3>\S.*?) \((?:\d+m )?(?:\d+s )?\d+ms\))$/,
      group: "dotnet-test",
      follow:
        /^\s+(?:Error Message:|Assert\.|Expected|Actual|But was|Stack Trace:|at |\S.*(?:Exception|Failure|failed)\b)/,
      maxFollow: 6,
      followLocation: / in (?<file>\S+\.(?:cs|fs|vb))(?::line |:)(?<line>\d+)$/,
      message: (g, line) => line.trim(),
      suggestion: "Run `dotnet test --filter <name>` locally and fix the code or the assertion.",
    },
    {
      id: "dotnet.test-summary",
      tool: "dotnet test",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["Failed!", "Total tests:", "Test Run Failed."],
      match: /^(?:Failed!\s+- Failed:\s+\d+, Passed:.*|Test Run Failed\.|\s*Failed:\s+[1-9]\d*)$/,
      group: "dotnet-test",
      role: "summary",
      suggestion: "Run `dotnet test` locally; the failing tests are listed above.",
    },
    {
      id: "dotnet.test-timeout",
      tool: "dotnet test",
      category: "timeout",
      severity: "high",
      strategy: "llm",
      keywords: [
        "hang timeout",
        "Test host process exited",
        "test run timed out",
        "Aborting test run: test run timeout",
      ],
      match: /^(?<message>.*(?:hang timeout|Aborting test run: test run timeout|test run timed out).*)$/i,
      suggestion: "A test hung past the blame-hang/run timeout: the hang dump names the blocked test.",
    },
    {
      id: "dotnet.test-crash",
      tool: "dotnet test",
      category: "runtime_error",
      severity: "high",
      strategy: "llm",
      keywords: ["Test host process crashed", "The active test run was aborted"],
      match: /^(?<message>.*(?:Test host process crashed|The active test run was aborted\. Reason: .*).*)$/,
      suggestion:
        "The test host crashed (stack overflow, Environment.Exit or a native fault): run with --blame to get a dump.",
    },
    {
      id: "dotnet.unhandled",
      tool: "dotnet",
      category: "runtime_error",
      severity: "high",
      strategy: "llm",
      keywords: ["Unhandled exception.", "Unhandled Exception:"],
      match: /^Unhandled [Ee]xception[.:] (?<message>[\w.]+(?:Exception|Error)\b.*)$/,
      follow: /^\s+(?:at |---> |--- End of)/,
      maxFollow: 3,
      followLocation: / in (?<file>\S+\.(?:cs|fs|vb)):line (?<line>\d+)$/,
      suggestion: "The program died of an unhandled exception: fix the first frame in your code below it.",
    },
    {
      id: "dotnet.format",
      tool: "dotnet format",
      category: "format_error",
      severity: "low",
      strategy: "format",
      keywords: ["Formatted code file", "Fix whitespace formatting", "Fix imports ordering"],
      match:
        /^\s*(?<file>\S+\.(?:cs|vb)): (?<message>Formatted code file|.*Fix (?:whitespace formatting|imports ordering|final newline).*)$/,
      suggestion: "Run `dotnet format` and commit the result.",
    },
  ],
};
