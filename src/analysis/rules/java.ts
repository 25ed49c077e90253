import type { Rule, RuleSet } from "../rule-types.js";
import type { Category } from "../types.js";

/**
 * JVM builds: javac (plain, through Maven's `[ERROR] File.java:[l,c]` and Gradle), kotlinc,
 * Maven goal failures (dependency resolution, POM errors, Surefire), Gradle's "What went wrong",
 * JUnit through Surefire and Gradle, Checkstyle/PMD/SpotBugs/Spotless, and uncaught exceptions.
 * javac's message decides the category: the same `file:line: error:` shape carries syntax,
 * import and type errors.
 */

// javac messages that mean the parser gave up: the code is not well-formed.
const JAVAC_SYNTAX = String.raw`(?:'[^']{1,12}' expected|<identifier> expected|class, interface, enum, or record expected|class, interface, or enum expected|illegal start of (?:expression|type|statement)|reached end of file while parsing|unclosed (?:string|character|text block) literal|unclosed comment|not a statement|'(?:else|catch|finally|try)' without '(?:if|try)'|'(?:catch|finally)' or '\w+' expected|orphaned \w+|illegal character: .*|malformed floating-point literal|invalid method declaration; return type required|empty character literal|illegal (?:line end in character literal|escape character)|'(?:\(|\[)' or '(?:\[|\()' expected|= expected|repeated modifier|modifier \w+ not allowed here|variable declaration not allowed here|unexpected type|: expected)`;
// javac messages that mean an import or package cannot be found.
const JAVAC_IMPORT = String.raw`(?:package [\w.]+ does not exist|package [\w.]+ is not visible|cannot access [\w.$]+|static import only from classes and interfaces|module not found: .*|bad class file: .*|class file for [\w.$]+ not found|import requires canonical name for .*)`;

interface Shape {
  id: string;
  tool: string;
  keywords: string[];
  /** Everything up to the message, with named groups file/line(/column). */
  prefix: string;
  follow?: RegExp;
}

// javac and Gradle print `path/File.java:12: error: msg`; Maven prints `[ERROR] /path/File.java:[12,5] msg`.
const SHAPES: Shape[] = [
  {
    id: "javac",
    tool: "javac",
    keywords: [".java:"],
    prefix: String.raw`^(?:\[ant:javac\] |\s*\[javac\] |:[\w:-]+(?=\/))?(?<file>[^\s:]+\.java):(?<line>\d+): error: `,
  },
  {
    id: "maven-javac",
    tool: "maven",
    keywords: [".java:["],
    prefix: String.raw`^\[ERROR\] (?<file>(?:[A-Za-z]:)?[^\s:\[]+\.java):\[(?<line>\d+),(?<column>\d+)\] (?:error: )?`,
    // Maven repeats javac's symbol/location lines as `[ERROR]   symbol: ...`.
    follow: /^\[ERROR\]\s+(?:symbol|location|required|found|reason):/,
  },
];

function compileRules(): Rule[] {
  const out: Rule[] = [];
  const kinds: Array<{
    kind: string;
    category: Category;
    body: string;
    strategy: Rule["strategy"];
    suggestion: string;
  }> = [
    {
      kind: "syntax",
      category: "syntax_error",
      body: JAVAC_SYNTAX,
      strategy: "llm",
      suggestion: "Fix the Java syntax at $<file>:$<line>.",
    },
    {
      kind: "import",
      category: "import_error",
      body: JAVAC_IMPORT,
      strategy: "imports",
      suggestion:
        "Fix the import at $<file>:$<line>: correct the package name or add the library that provides it to the build file.",
    },
    {
      kind: "compile",
      category: "type_error",
      // javac's messages never end with a period; Checkstyle's plain output in the same shape does.
      body: ".*[^.]",
      strategy: "llm",
      suggestion: "Fix the compile error at $<file>:$<line>.",
    },
  ];
  for (const shape of SHAPES) {
    for (const k of kinds) {
      out.push({
        id: `java.${shape.id}-${k.kind}`,
        tool: shape.tool,
        category: k.category,
        severity: "high",
        strategy: k.strategy,
        keywords: shape.keywords,
        match: new RegExp(shape.prefix + `(?<message>${k.body})$`),
        // Maven's Checkstyle/PMD lines share the `[ERROR] File.java:[l,c]` shape.
        // Old maven-compiler prints javac's encoding warnings at [ERROR] level.
        unless:
          /\] \(\w+\) \w+: |\[ERROR\] .*\.java:\[\d+(?:,\d+)?\] \[|unmappable character (?:\(0x[0-9A-F]+\) )?for encoding/,
        follow: shape.follow,
        maxFollow: 3,
        suggestion: k.suggestion,
      });
    }
  }
  return out;
}

const KOTLIN_NEW = String.raw`^e: (?:file:\/\/)?(?<file>[^\s:]+\.kts?):(?<line>\d+):(?<column>\d+):? `;
const KOTLIN_CLI = String.raw`^(?<file>(?:[A-Za-z]:)?[^\s:]+\.kts?):(?<line>\d+):(?<column>\d+): error: `;
// kotlinc's own output starts its messages in lower case (`expecting an element`).
const KOTLIN_CLI_SYNTAX = String.raw`(?:[Ee]xpecting |[Uu]nexpected tokens|[Uu]nclosed comment|[Mm]issing '|[Ee]xpected an? |[Ss]yntax error)`;
const KOTLIN_OLD = String.raw`^e: (?<file>[^\s:]+\.kts?): \((?<line>\d+), (?<column>\d+)\): `;
const KOTLIN_SYNTAX = String.raw`(?:Expecting |Unexpected tokens|Unclosed comment|Missing '|Expected an? |Syntax error)`;

// sbt/scalac: `[error] /w/src/main/scala/A.scala:12:5: type mismatch;` (column since sbt 1.x).
const SBT = String.raw`^\[error\] (?<file>(?:[A-Za-z]:)?[^\s:]+\.(?:scala|sbt|java)):(?<line>\d+)(?::(?<column>\d+))?: `;
// scalac's code and caret lines under a diagnostic.
const SBT_FRAME = /^\[error\] (?!\S+\.(?:scala|sbt|java):\d+)(?![a-z]+ errors? found)\s.*$/;

// The frame in a test class: where a failing assertion sits.
const TEST_FRAME =
  /^\s+at [\w$.<>/]+\((?<file>\w*(?:Test|Tests|IT|TestCase|Spec)\.(?:java|kt|groovy|scala)):(?<line>\d+)\)$/;

// A stack frame that is not the JDK's, a test framework's or a build tool's own.
const USER_FRAME =
  /^\s+at (?!(?:java|javax|jdk|sun|kotlin|kotlinx|org\.junit|junit|org\.apache\.maven|org\.gradle|worker\.org\.gradle|org\.opentest4j|org\.assertj|org\.hamcrest|org\.mockito|com\.sun)[./])(?:[\w.$-]+\/)?[\w$.<>]+\((?<file>[\w$]+\.(?:java|kt|scala|groovy)):(?<line>\d+)\)$/;

export const javaRules: RuleSet = {
  ecosystem: "java",
  rules: [
    {
      id: "java.maven-network",
      tool: "maven",
      category: "infrastructure_error",
      severity: "high",
      strategy: "none",
      keywords: [
        "Could not transfer",
        "Connect timed out",
        "Connection timed out",
        "Read timed out",
        "Connection reset",
        "Could not GET",
        "Could not HEAD",
        "Received status code 5",
      ],
      match:
        /^(?:\[ERROR\] |\s*> )(?<message>.*(?:Could not transfer (?:artifact|metadata)|Could not (?:GET|HEAD) '|Failed to transfer file).*(?:timed out|Connection reset|Connection refused|status code 5\d\d|Status code: 5\d\d|Network is unreachable|Remote host terminated|handshake|No route to host|Unknown host).*)$/,
      // Resolution failures name the artifact: that is what to fix even when a transfer failed.
      unless:
        /could not be resolved|Could not resolve dependencies|Non-resolvable|Failed to collect dependencies/,
      suggestion:
        "The artifact repository could not be reached: re-run the job; if it persists, check the repository URL and mirror settings.",
    },
    {
      id: "java.maven-dependency",
      tool: "maven",
      category: "dependency_error",
      severity: "high",
      strategy: "dependencies",
      keywords: [
        "Could not resolve dependencies",
        "Failed to collect dependencies",
        "Could not find artifact",
        "could not be resolved",
        "Non-resolvable",
        "in offline mode",
        "resolution will not be reattempted",
        "Could not transfer artifact",
      ],
      match:
        /^\[ERROR\] (?<message>.*(?:Could not resolve dependencies|Failed to collect dependencies|Could not find artifact|could not be resolved|Non-resolvable (?:parent|import) POM|in offline mode|resolution will not be reattempted|Could not transfer artifact).*)$/,
      message: (g) => (g.message ?? "").replace(/^Failed to execute goal /, "").slice(0, 300),
      // Maven stops here: compile errors about missing packages in the same run are its effect.
      priority: 87,
      suggestion:
        "Fix the dependency coordinates/version in pom.xml (or the repository that hosts them) so Maven can resolve it; `mvn dependency:tree` shows what is asked for.",
    },
    {
      id: "java.maven-pom",
      tool: "maven",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      keywords: [
        "Non-parseable POM",
        "Some problems were encountered while processing the POMs",
        "is missing. @",
        "Unknown lifecycle phase",
        "No goals have been specified",
        "The build could not read",
      ],
      match:
        /^\[(?:ERROR|FATAL)\]\s+(?:\[ERROR\] )?(?<message>(?:Non-parseable POM (?<file>[^\s:]+):.*?(?:@ line (?<line>\d+), column (?<column>\d+).*|$)|'[\w.]+' for \S+ is missing\. @.*|Unknown lifecycle phase ".*|No goals have been specified for this build.*))$/,
      suggestion: "Fix pom.xml: it is not a valid Maven project file at the position shown.",
    },
    {
      id: "java.surefire-timeout",
      tool: "surefire",
      category: "timeout",
      severity: "high",
      strategy: "llm",
      keywords: ["timeout in the fork", "timed out after", "TimeoutException"],
      match:
        /^(?:\[ERROR\] (?<message>.*There was a timeout (?:or other error )?in the fork.*)|\[ERROR\]\s+(?:Run \d+: )?(?<name>[A-Z][\w$]*\.\S+?)(?::\d+)? » (?:Timeout|TestTimedOut|ConditionTimeout)\b.*|.*java\.util\.concurrent\.TimeoutException: .* timed out after .*|.*org\.junit\.runners\.model\.TestTimedOutException: .*)$/,
      group: "surefire-timeout",
      suggestion:
        "A test ran past its timeout: find what it waits on (I/O, a lock, a sleep) or raise the limit.",
    },
    {
      id: "java.surefire-crash",
      tool: "surefire",
      category: "runtime_error",
      severity: "high",
      strategy: "llm",
      keywords: ["The forked VM terminated", "ExecutionException The forked VM", "Crashed tests"],
      match:
        /^\[ERROR\] (?<message>.*(?:The forked VM terminated without (?:properly )?saying goodbye|Crashed tests:).*)$/,
      suggestion:
        "The test JVM died (System.exit, OOM or a native crash): check the dump files Surefire names and raise its memory if needed.",
    },
    {
      id: "java.surefire-result",
      tool: "surefire",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["[ERROR]  ", "Failed tests:", "Tests in error:"],
      // The "Results:" list: `[ERROR]   CalcTest.adds:11 expected: <3> but was: <4>` (Surefire 2.19+),
      // or `Failed tests:   adds(com.acme.CalcTest): expected:<3> but was:<4>` (older).
      match:
        /^(?:\[ERROR\]\s{2,}(?:Run \d+: )?[A-Z][\w$]*\.[\w$]+\S*?(?::\d+)?(?: » | )(?<message>.*)|(?:Failed tests|Tests in error):\s+\S+\(\S+\): ?.*)$/,
      group: "surefire",
      message: (g, line) => line.replace(/^\[ERROR\]\s+/, "").trim(),
      suggestion:
        "Run the failing test locally (`mvn test -Dtest=<Class>#<method>`) and fix the code or the assertion.",
    },
    {
      id: "java.surefire-case",
      tool: "surefire",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["<<< FAILURE!", "<<< ERROR!"],
      // Per test: `[ERROR] com.acme.CalcTest.adds -- Time elapsed: 0.01 s <<< FAILURE!` then the exception line.
      match:
        /^(?:\[ERROR\] )?(?<name>[\w$.]+(?:\(.*?\))?)\s+(?:--\s+)?Time elapsed: [\d.,]+ s(?:ec)?\s+<<< (?:FAILURE|ERROR)!$/,
      group: "surefire",
      // The exception and its stack; the frame in the test class is where the assertion failed.
      // (A frame alone is no failure: passing tests log stack traces too.)
      follow:
        /^(?:(?!\s|\[)[\w$.]+(?:Error|Exception|Failure|Failed)\b.*|\s+at .*|\s+\.\.\. \d+ more|\s*Caused by: .*|\s+Suppressed: .*)$/,
      maxFollow: 40,
      followLocation: TEST_FRAME,
      message: "$<name> failed",
      suggestion: "Run `mvn test -Dtest=<Class>#<method>` locally and fix the code or the assertion.",
    },
    {
      id: "java.surefire-summary",
      tool: "surefire",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["There are test failures", "<<< FAILURE! -- in", "<<< FAILURE! - in", "Tests run:"],
      match:
        /^(?:\[ERROR\] Failed to execute goal .*There are test failures.*|(?:\[ERROR\] )?Tests run: \d+, Failures: \d+, Errors: \d+, Skipped: \d+(?:, Flakes: \d+)?(?:, Time elapsed: .* <<< FAILURE!(?: -+ in \S+)?)?)$/,
      unless: /Failures: 0, Errors: 0/,
      group: "surefire",
      role: "summary",
      suggestion: "Run `mvn test` locally; the Results list names the failing tests.",
    },
    {
      id: "java.gradle-test",
      tool: "gradle",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: [" FAILED"],
      // `CalcTest > adds() FAILED` then `    org.opentest4j.AssertionFailedError at CalcTest.java:11`.
      match: /^(?<name>[\w$.]+(?: > .+?)+) FAILED$/,
      group: "gradle-test",
      follow: /^\s{4,}\S.*$/,
      maxFollow: 3,
      followLocation: /\bat (?<file>[\w$]+\.(?:java|kt|groovy|scala)):(?<line>\d+)\)?$/,
      message: "$<name> failed",
      suggestion: "Run `./gradlew test --tests '<Class>'` locally and fix the code or the assertion.",
    },
    {
      id: "java.gradle-test-summary",
      tool: "gradle",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["There were failing tests", "tests completed,"],
      match: /^(?:> There were failing tests\. See the report at: .*|\d+ tests completed, \d+ failed.*)$/,
      group: "gradle-test",
      role: "summary",
      suggestion: "Open the Gradle test report it names, or run `./gradlew test` locally.",
    },
    {
      id: "java.gradle-dependency",
      tool: "gradle",
      category: "dependency_error",
      severity: "high",
      strategy: "dependencies",
      keywords: [
        "Could not resolve",
        "Could not find ",
        "was not found in any of the following sources",
        "Dependency verification failed",
      ],
      match:
        /^(?:> |\s+> )?(?<message>(?:Could not resolve all (?:files|dependencies|artifacts|task dependencies) for configuration .*|Could not resolve [\w.-]+:[\w.-]+(?::[\w.-]+)?\.?|Could not find [\w.-]+:[\w.-]+:[\w.+-]+\.?|Plugin \[id: .*\] was not found in any of the following sources:|Dependency verification failed.*))$/,
      suggestion:
        "Fix the dependency (coordinates, version, repository) in the Gradle build file; `./gradlew dependencies` shows the graph.",
    },
    {
      id: "java.gradle-build-script",
      tool: "gradle",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      keywords: [
        "Build file '",
        "Could not compile build file",
        "Could not compile settings file",
        "Settings file '",
      ],
      match:
        /^(?:(?<message>(?:Build|Settings) file '(?<file>[^']+)' line: (?<line>\d+))|Could not compile (?:build|settings) file '.*'\.?)$/,
      suggestion: "Fix the Gradle build script at the line shown.",
    },
    {
      id: "java.gradle-task-failed",
      tool: "gradle",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["Execution failed for task", "FAILED"],
      match:
        /^(?:Execution failed for task '(?<name>[^']+)'\.|> Task (?<task>\S+) FAILED|(?<task2>:[\w:-]+) FAILED)$/,
      group: "gradle-task",
      role: "summary",
      message: (g) => `Gradle task ${g.name ?? g.task ?? g.task2 ?? ""} failed`,
      suggestion: "Read the task's output above (`./gradlew <task> --stacktrace` locally for details).",
    },
    {
      id: "java.kotlin-syntax",
      tool: "kotlinc",
      category: "syntax_error",
      severity: "high",
      strategy: "llm",
      keywords: [".kt:", ".kts:"],
      match: new RegExp(KOTLIN_NEW + `(?<message>${KOTLIN_SYNTAX}.*)$`),
      suggestion: "Fix the Kotlin syntax at $<file>:$<line>.",
    },
    {
      id: "java.kotlin-syntax-legacy",
      tool: "kotlinc",
      category: "syntax_error",
      severity: "high",
      strategy: "llm",
      keywords: [".kt:", ".kts:"],
      match: new RegExp(KOTLIN_OLD + `(?<message>${KOTLIN_SYNTAX}.*)$`),
      suggestion: "Fix the Kotlin syntax at $<file>:$<line>.",
    },
    {
      id: "java.kotlinc-cli-syntax",
      tool: "kotlinc",
      category: "syntax_error",
      severity: "high",
      strategy: "llm",
      keywords: [".kt:", ".kts:"],
      // The kotlinc command line: `Calc.kt:4:18: error: expecting an element`.
      match: new RegExp(KOTLIN_CLI + `(?<message>${KOTLIN_CLI_SYNTAX}.*)$`),
      suggestion: "Fix the Kotlin syntax at $<file>:$<line>.",
    },
    {
      id: "java.kotlinc-cli",
      tool: "kotlinc",
      category: "type_error",
      severity: "high",
      strategy: "llm",
      keywords: [".kt:", ".kts:"],
      match: new RegExp(KOTLIN_CLI + "(?<message>.+)$"),
      suggestion: "Fix the Kotlin compile error at $<file>:$<line>.",
    },
    {
      id: "java.kotlin",
      tool: "kotlinc",
      category: "type_error",
      severity: "high",
      strategy: "llm",
      keywords: [".kt:", ".kts:"],
      match: new RegExp(KOTLIN_NEW + "(?<message>.+)$"),
      suggestion: "Fix the Kotlin compile error at $<file>:$<line>.",
    },
    {
      id: "java.kotlin-legacy",
      tool: "kotlinc",
      category: "type_error",
      severity: "high",
      strategy: "llm",
      keywords: [".kt:", ".kts:"],
      match: new RegExp(KOTLIN_OLD + "(?<message>.+)$"),
      suggestion: "Fix the Kotlin compile error at $<file>:$<line>.",
    },
    {
      id: "java.checkstyle",
      tool: "checkstyle",
      category: "lint_error",
      severity: "medium",
      strategy: "llm",
      keywords: [".java:"],
      // CLI/Gradle: `[ERROR] /w/src/A.java:12:5: Missing a Javadoc comment. [MissingJavadocMethod]`.
      match:
        /^(?:\[ant:checkstyle\] )?\[(?:ERROR|WARN|WARNING)\] (?<file>[^\s:[]+\.java):(?<line>\d+)(?::(?<column>\d+))?: (?<message>.+) \[(?<code>\w+)\]$/,
      group: "checkstyle",
      message: (g, line) => line.replace(/^(?:\[ant:checkstyle\] )?\[\w+\] /, ""),
      suggestion: "Fix the Checkstyle violation at $<file>:$<line> (rule $<code>).",
    },
    {
      id: "java.checkstyle-plain",
      tool: "checkstyle",
      category: "lint_error",
      severity: "medium",
      strategy: "llm",
      keywords: [".java:"],
      // Checkstyle's plain formatter: `/w/src/A.java:27: 'if' construct must use '{}'s.` or with a
      // severity (`A.java:10:8: error: Unused import - x.Y.`); javac never prints a column and never
      // ends a message with a period.
      match:
        /^(?<file>(?:[A-Za-z]:)?[^\s:[]+\.java):(?<line>\d+)(?::(?<column>\d+): error: (?<message>.+)|: error: (?<message3>.+\.)|: (?!(?:error|warning|note): |warning - )(?<message2>.+))$/,
      group: "checkstyle",
      suggestion: "Fix the Checkstyle violation at $<file>:$<line>.",
    },
    {
      id: "java.checkstyle-maven",
      tool: "checkstyle",
      category: "lint_error",
      severity: "medium",
      strategy: "llm",
      keywords: [".java:["],
      // maven-checkstyle-plugin: `[ERROR] src/A.java:[12,5] (javadoc) MissingJavadocMethod: Missing ...`.
      match:
        /^\[(?:ERROR|WARN|WARNING)\] (?<file>[^\s:[]+\.java):\[(?<line>\d+)(?:,(?<column>\d+))?\] \((?<group>\w+)\) (?<code>\w+): (?<message>.+)$/,
      group: "checkstyle",
      message: (g, line) => line.replace(/^\[\w+\] /, ""),
      suggestion: "Fix the Checkstyle violation at $<file>:$<line> (rule $<code>).",
    },
    {
      id: "java.checkstyle-summary",
      tool: "checkstyle",
      category: "lint_error",
      severity: "medium",
      strategy: "llm",
      keywords: [
        "Checkstyle violation",
        "Checkstyle rule violations",
        "Checkstyle ends with",
        "PMD Failure",
        "BugInstance",
        "SpotBugs",
        "PMD violation",
        "reported by Checkstyle",
      ],
      match:
        /^(?:\[ERROR\] |> )?(?<message>.*(?:You have \d+ Checkstyle violations?|Checkstyle rule violations were found|Checkstyle ends with \d+ errors?|There (?:is|are) \d+ errors? reported by Checkstyle|PMD Failure: .*|You have \d+ PMD violations?|Total bugs: [1-9]\d*|BugInstance size is [1-9]\d*|failed with [1-9]\d* bugs?).*)$/,
      group: "checkstyle",
      suggestion:
        "Fix the static-analysis violations listed above (Checkstyle/PMD/SpotBugs report names the rule).",
    },
    {
      id: "java.spotless",
      tool: "spotless",
      category: "format_error",
      severity: "low",
      strategy: "format",
      keywords: ["format violations", "spotless:apply", "spotlessApply"],
      match:
        /^(?:\[ERROR\] |> )?(?<message>.*(?:The following files had format violations|Run '(?:mvn spotless:apply|gradlew spotlessApply|\.\/gradlew spotlessApply|gradle spotlessApply)' to fix these violations).*)$/,
      follow: /^(?:\[ERROR\])?\s{4,}\S+\.\w+$/,
      maxFollow: 10,
      followLocation: /^(?:\[ERROR\])?\s+(?<file>\S+\.\w+)$/,
      suggestion: "Run `mvn spotless:apply` (or `./gradlew spotlessApply`) and commit the result.",
    },
    {
      id: "java.launcher",
      tool: "java",
      category: "runtime_error",
      severity: "high",
      strategy: "llm",
      keywords: [
        "Could not find or load main class",
        "A JNI error has occurred",
        "UnsupportedClassVersionError",
      ],
      match:
        /^(?:Error: )?(?<message>Could not find or load main class \S+|A JNI error has occurred.*|.*UnsupportedClassVersionError: .*)$/,
      suggestion:
        "The JVM could not start the program: check the classpath/main class (or the wrapper jar) and the Java version.",
    },
    {
      id: "java.sbt-lint",
      tool: "scalac",
      category: "lint_error",
      severity: "medium",
      strategy: "llm",
      keywords: ["[error] "],
      // -Xfatal-warnings turns deprecations and unused warnings into errors.
      match: new RegExp(
        SBT +
          String.raw`(?<message>.*(?:is deprecated|[Uu]nused import|is never used|never used|Unused parameter|adapted the argument list|dead code following|match may not be exhaustive|a pure expression does nothing).*)$`,
      ),
      follow: SBT_FRAME,
      maxFollow: 2,
      suggestion:
        "A warning made fatal (-Xfatal-warnings) at $<file>:$<line>: fix it or suppress it explicitly.",
    },
    {
      id: "java.sbt-syntax",
      tool: "scalac",
      category: "syntax_error",
      severity: "high",
      strategy: "llm",
      keywords: ["[error] "],
      match: new RegExp(
        SBT +
          String.raw`(?<message>(?:.* expected but .* found\.?|illegal start of .*|unclosed .*|Missing closing brace.*|';' expected.*))$`,
      ),
      follow: SBT_FRAME,
      maxFollow: 2,
      suggestion: "Fix the Scala syntax at $<file>:$<line>.",
    },
    {
      id: "java.sbt-import",
      tool: "scalac",
      category: "import_error",
      severity: "high",
      strategy: "imports",
      keywords: ["[error] "],
      match: new RegExp(
        SBT +
          String.raw`(?<message>(?:object \S+ is not a member of package .*|not found: object .*|\S+ is not a member of package .*))$`,
      ),
      follow: SBT_FRAME,
      maxFollow: 2,
      suggestion: "Fix the import at $<file>:$<line> (package path, or the library dependency in build.sbt).",
    },
    {
      id: "java.sbt-compile",
      tool: "scalac",
      category: "type_error",
      severity: "high",
      strategy: "llm",
      keywords: ["[error] "],
      match: new RegExp(SBT + "(?<message>.+)$"),
      follow: SBT_FRAME,
      maxFollow: 2,
      suggestion: "Fix the compile error at $<file>:$<line>.",
    },
    {
      id: "java.sbt-test",
      tool: "sbt",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["*** FAILED ***", "Failed tests:", "TestsFailedException", "Failed: Total"],
      // ScalaTest `- should parse *** FAILED ***`; sbt's `[error] Failed tests:` and TestsFailedException.
      match:
        /^(?:\[info\] )?(?:\s*- (?<name>.+) \*\*\* FAILED \*\*\*.*|\[error\] (?:Failed tests:|\(.*\) sbt\.TestsFailedException: .*|Failed: Total \d+, Failed [1-9].*))$/,
      group: "sbt-test",
      // ScalaTest prints the assertion under the test, indented: `[info]   9.0 was not ... (ATest.scala:87)`.
      follow: /^\[info\]\s{3,}\S.*$/,
      maxFollow: 4,
      followLocation: /\((?<file>[\w$]+\.scala):(?<line>\d+)\)$/,
      suggestion: "Run `sbt testOnly <Spec>` locally and fix the code or the expectation.",
    },
    {
      id: "java.mima",
      tool: "mima",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      keywords: [
        "Binary compatibility check failed",
        "does not have a correspondent in current version",
        "is different in current version",
        "in current version does not have a correspondent",
      ],
      match:
        /^(?:\[error\] )?\s*(?<message>.*(?:Binary compatibility check failed!|does not have a correspondent in current version|is different in current version|in current version does not have a correspondent).*)$/,
      group: "mima",
      suggestion:
        "The change breaks binary compatibility (MiMa): restore the API or add a ProblemFilters exclusion with a reason.",
    },
    {
      id: "java.ant-junit",
      tool: "ant",
      category: "test_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["[junit] Test ", "[junitlauncher] Test "],
      // Ant: `    [junit] Test com.acme.CalcTest FAILED`.
      match: /^\s*\[junit(?:launcher)?\] Test (?<name>\S+) FAILED\b.*$/,
      group: "ant-junit",
      suggestion:
        "Run the failing JUnit class locally (ant test -Dtestcase=...) and fix the code or the assertion.",
    },
    {
      id: "java.android-lint",
      tool: "android-lint",
      category: "lint_error",
      severity: "medium",
      strategy: "llm",
      keywords: ["Lint found errors in the project", "Lint found fatal errors"],
      match: /^(?:> )?(?<message>Lint found (?:fatal )?errors in the project; aborting build\.?.*)$/,
      suggestion: "Fix the Android lint errors in the lint report (or baseline them with lint.xml).",
    },
    {
      id: "java.aapt",
      tool: "aapt",
      category: "build_failure",
      severity: "high",
      strategy: "llm",
      keywords: ["AAPT: error: "],
      match: /^(?:ERROR: ?)?(?:(?<file>\S+?\.xml):(?<line>\d+)(?::\d+)?: )?AAPT: error: (?<message>.+)$/,
      suggestion:
        "Fix the Android resource the AAPT error names (a missing resource, attribute or malformed XML).",
    },
    {
      id: "java.uncaught",
      tool: "java",
      category: "runtime_error",
      severity: "high",
      strategy: "llm",
      keywords: ["Exception in thread"],
      match: /^Exception in thread "(?<name>[^"]+)" (?<message>[\w$.]+(?:Exception|Error)\b.*)$/,
      group: "java-uncaught",
      follow: /^\s+(?:at |\.\.\. \d+ more|Caused by: )|^Caused by: /,
      maxFollow: 3,
      followLocation: USER_FRAME,
      suggestion:
        "The program died of an uncaught exception: fix the first frame in your code shown below it.",
    },
    {
      id: "java.werror",
      tool: "javac",
      category: "lint_error",
      severity: "medium",
      strategy: "llm",
      keywords: ["-Werror specified"],
      // javac names no line here; the warnings it promoted are printed just before.
      match:
        /^(?:\[ERROR\] (?:(?<file>\S+\.java): )?)?(?:error: )?(?<message>warnings found and -Werror specified)$/,
      precede: 12,
      precedeMatch: /\.java:\d+: warning: \[|^\[WARNING\] \S+\.java:\[\d+,\d+\] /,
      suggestion: "javac -Werror turned the warnings above into errors: fix them or relax -Xlint.",
    },
    ...compileRules(),
  ],
};
