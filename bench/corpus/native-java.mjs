// Java corpus cases for gen-native.mjs: javac and offline Maven (plugins from the local
// repository) on small projects broken on purpose; labels say what was broken.
const ENV = { MAVEN_OPTS: "-Xmx512m" };
const MVN = "mvn -o -B -ntp";

const pom = (extraDeps = "", extraPlugins = "", surefireConf = "") => `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.acme</groupId>
  <artifactId>widgets</artifactId>
  <version>1.0.0-SNAPSHOT</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
    <dependency>
      <groupId>org.junit.jupiter</groupId>
      <artifactId>junit-jupiter</artifactId>
      <version>5.10.2</version>
      <scope>test</scope>
    </dependency>${extraDeps}
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-resources-plugin</artifactId>
        <version>3.3.1</version>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.13.0</version>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-surefire-plugin</artifactId>
        <version>3.2.5</version>${surefireConf}
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-jar-plugin</artifactId>
        <version>3.4.1</version>
      </plugin>${extraPlugins}
    </plugins>
  </build>
</project>
`;

const calc = `package com.acme.widgets;

import java.util.List;

/** Small arithmetic helpers. */
public class Calc {
    public int add(int a, int b) {
        return a + b;
    }

    public int sum(List<Integer> xs) {
        int total = 0;
        for (int x : xs) {
            total += x;
        }
        return total;
    }
}
`;

const calcTest = `package com.acme.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalcTest {
    @Test
    void adds() {
        assertEquals(3, new Calc().add(1, 2));
    }

    @Test
    void sums() {
        assertEquals(6, new Calc().sum(List.of(1, 2, 3)));
    }
}
`;

const app = `package com.acme.widgets;

public class App {
    public static void main(String[] args) {
        System.out.println(new Calc().add(2, 3));
    }
}
`;

const SRC = "src/main/java/com/acme/widgets";
const TEST = "src/test/java/com/acme/widgets";

function mvnBase(extra = {}, pomText = pom()) {
  return {
    "pom.xml": pomText,
    [`${SRC}/Calc.java`]: calc,
    [`${SRC}/App.java`]: app,
    [`${TEST}/CalcTest.java`]: calcTest,
    ...extra,
  };
}

const javacBase = (extra = {}) => ({ [`${SRC}/Calc.java`]: calc, [`${SRC}/App.java`]: app, ...extra });
const JAVAC = `javac -d build/classes $(find src/main/java -name '*.java')`;
const setupJava = [{ command: "java -version", run: "java -version" }];
const setupMvn = [
  { command: "java -version", run: "java -version" },
  { command: "mvn -v", run: "mvn -v" },
];
const mvnNoise = [
  "[WARNING] Using platform encoding (UTF-8 actually) to copy filtered resources, i.e. build is platform dependent!",
  "[INFO] BUILD SUCCESS",
  "[INFO] Tests run: 12, Failures: 0, Errors: 0, Skipped: 0",
];

export const javaCases = [
  {
    name: "java-javac-cannot-find-symbol",
    env: ENV,
    files: javacBase({
      [`${SRC}/App.java`]: app.replace("new Calc().add(2, 3)", "new Calc().add(2, offset)"),
    }),
    steps: [...setupJava, { command: JAVAC }],
    label: {
      category: "type_error",
      tool: "javac",
      locations: [{ file: `${SRC}/App.java`, line: 5 }],
      keyLines: [`${SRC}/App.java:5: error: cannot find symbol`],
    },
  },
  {
    name: "java-javac-package-missing",
    env: ENV,
    files: javacBase({
      [`${SRC}/Text.java`]: `package com.acme.widgets;

import org.apache.commons.lang3.StringUtils;

public class Text {
    public static String pad(String s) {
        return StringUtils.leftPad(s, 8);
    }
}
`,
    }),
    steps: [...setupJava, { command: JAVAC }],
    label: {
      category: "import_error",
      tool: "javac",
      locations: [{ file: `${SRC}/Text.java`, line: 3 }],
      keyLines: [`${SRC}/Text.java:3: error: package org.apache.commons.lang3 does not exist`],
    },
  },
  {
    name: "java-javac-semicolon",
    env: ENV,
    files: javacBase({ [`${SRC}/Calc.java`]: calc.replace("int total = 0;", "int total = 0") }),
    steps: [...setupJava, { command: JAVAC }],
    label: {
      category: "syntax_error",
      tool: "javac",
      locations: [{ file: `${SRC}/Calc.java`, line: 12 }],
      keyLines: [`${SRC}/Calc.java:12: error: ';' expected`],
    },
  },
  {
    name: "java-javac-incompatible-types",
    env: ENV,
    files: javacBase({ [`${SRC}/Calc.java`]: calc.replace("return a + b;", 'return "sum: " + (a + b);') }),
    steps: [...setupJava, { command: JAVAC }],
    label: {
      category: "type_error",
      tool: "javac",
      locations: [{ file: `${SRC}/Calc.java`, line: 8 }],
      keyLines: [`${SRC}/Calc.java:8: error: incompatible types: String cannot be converted to int`],
    },
  },
  {
    name: "java-javac-werror",
    env: ENV,
    files: javacBase({
      [`${SRC}/Legacy.java`]: `package com.acme.widgets;

import java.util.ArrayList;
import java.util.List;

public class Legacy {
    public static List names() {
        List out = new ArrayList();
        out.add("a");
        return out;
    }
}
`,
    }),
    steps: [
      ...setupJava,
      { command: `javac -Xlint:all -Werror -d build/classes $(find src/main/java -name '*.java')` },
    ],
    label: {
      category: "lint_error",
      tool: "javac",
      // javac's -Werror error names no file; the promoted warnings are in the excerpt.
      locations: [],
      keyLines: [
        `${SRC}/Legacy.java:9: warning: [unchecked] unchecked call to add(E) as a member of the raw type List`,
        "error: warnings found and -Werror specified",
      ],
    },
  },
  {
    name: "java-run-npe",
    env: ENV,
    files: javacBase({
      [`${SRC}/App.java`]: `package com.acme.widgets;

import java.util.Map;

public class App {
    static String label(Map<String, String> cfg) {
        return cfg.get("name").toUpperCase();
    }

    public static void main(String[] args) {
        System.out.println("starting");
        System.out.println(label(Map.of("id", "7")));
    }
}
`,
    }),
    steps: [
      ...setupJava,
      { command: JAVAC, run: JAVAC },
      { command: "java -cp build/classes com.acme.widgets.App" },
    ],
    label: {
      category: "runtime_error",
      tool: "java",
      locations: [{ file: "App.java", line: 7 }],
      keyLines: [
        `Exception in thread "main" java.lang.NullPointerException: Cannot invoke "String.toUpperCase()" because the return value of "java.util.Map.get(Object)" is null`,
      ],
    },
  },
  {
    name: "java-run-array-index",
    env: ENV,
    files: javacBase({
      [`${SRC}/App.java`]: `package com.acme.widgets;

public class App {
    public static void main(String[] args) {
        int[] sizes = {1, 2, 3};
        System.out.println(new Calc().add(sizes[3], 1));
    }
}
`,
    }),
    steps: [...setupJava, { command: `${JAVAC} && java -cp build/classes com.acme.widgets.App` }],
    label: {
      category: "runtime_error",
      tool: "java",
      locations: [{ file: "App.java", line: 6 }],
      keyLines: [
        'Exception in thread "main" java.lang.ArrayIndexOutOfBoundsException: Index 3 out of bounds for length 3',
      ],
    },
  },
  {
    name: "java-mvn-compile-symbol",
    env: ENV,
    files: mvnBase({ [`${SRC}/Calc.java`]: calc.replace("total += x;", "total += scale(x);") }),
    steps: [...setupMvn, { command: `${MVN} verify` }],
    label: {
      category: "type_error",
      tool: "maven",
      locations: [{ file: `${SRC}/Calc.java`, line: 14 }],
      keyLines: [`[ERROR] /home/runner/work/widgets/widgets/${SRC}/Calc.java:[14,22] cannot find symbol`],
    },
    noise: mvnNoise,
  },
  {
    name: "java-mvn-compile-syntax",
    env: ENV,
    files: mvnBase({
      [`${SRC}/Calc.java`]: calc.replace(
        "    public int sum(List<Integer> xs) {",
        "    public int sum(List<Integer> xs) {\n        if (xs.isEmpty() {\n            return 0;\n        }",
      ),
    }),
    steps: [...setupMvn, { command: `${MVN} -Dstyle.color=always package` }],
    label: {
      category: "syntax_error",
      tool: "maven",
      locations: [{ file: `${SRC}/Calc.java`, line: 12 }],
      keyLines: [`[ERROR] /home/runner/work/widgets/widgets/${SRC}/Calc.java:[12,25] ')' expected`],
    },
  },
  {
    name: "java-mvn-compile-import",
    env: ENV,
    files: mvnBase({
      [`${SRC}/Json.java`]: `package com.acme.widgets;

import com.fasterxml.jackson.databind.ObjectMapper;

public class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static String write(Object o) throws Exception {
        return MAPPER.writeValueAsString(o);
    }
}
`,
    }),
    steps: [...setupMvn, { command: `${MVN} compile` }],
    label: {
      category: "import_error",
      tool: "maven",
      locations: [{ file: `${SRC}/Json.java`, line: 3 }],
      keyLines: [
        `[ERROR] /home/runner/work/widgets/widgets/${SRC}/Json.java:[3,38] package com.fasterxml.jackson.databind does not exist`,
      ],
    },
  },
  {
    name: "java-mvn-test-failure",
    env: ENV,
    files: mvnBase({ [`${SRC}/Calc.java`]: calc.replace("return a + b;", "return a + b + 1;") }),
    steps: [...setupMvn, { command: `${MVN} test` }],
    label: {
      category: "test_failure",
      tool: "surefire",
      locations: [{ file: "CalcTest.java", line: 11 }],
      keyLines: ["[ERROR]   CalcTest.adds:11 expected: <3> but was: <4>"],
    },
    noise: mvnNoise,
  },
  {
    name: "java-mvn-test-error",
    env: ENV,
    files: mvnBase({
      [`${TEST}/ParseTest.java`]: `package com.acme.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ParseTest {
    @Test
    void parsesCount() {
        assertEquals(12, Integer.parseInt("12 widgets"));
    }

    @Test
    void parsesZero() {
        assertEquals(0, Integer.parseInt("0"));
    }
}
`,
    }),
    steps: [...setupMvn, { command: `${MVN} verify` }],
    label: {
      category: "test_failure",
      tool: "surefire",
      locations: [{ file: "ParseTest.java", line: 10 }],
      keyLines: ['[ERROR]   ParseTest.parsesCount:10 » NumberFormat For input string: "12 widgets"'],
    },
  },
  {
    name: "java-mvn-test-multi",
    env: ENV,
    files: mvnBase({
      [`${SRC}/Calc.java`]: calc.replace("total += x;", "total += x * x;"),
      [`${TEST}/NamesTest.java`]: `package com.acme.widgets;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void containsDefault() {
        List<String> names = List.of("alpha", "beta");
        assertTrue(names.contains("gamma"), "default name missing");
    }

    @Test
    void nonEmpty() {
        assertTrue(!List.of("a").isEmpty());
    }
}
`,
    }),
    steps: [...setupMvn, { command: `${MVN} -Dstyle.color=always test` }],
    label: {
      category: "test_failure",
      tool: "surefire",
      locations: [
        { file: "CalcTest.java", line: 16 },
        { file: "NamesTest.java", line: 12 },
      ],
      keyLines: [
        "[ERROR]   CalcTest.sums:16 expected: <6> but was: <14>",
        "[ERROR]   NamesTest.containsDefault:12 default name missing ==> expected: <true> but was: <false>",
      ],
    },
  },
  {
    name: "java-mvn-test-timeout",
    env: ENV,
    files: mvnBase({
      [`${TEST}/SlowTest.java`]: `package com.acme.widgets;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SlowTest {
    @Test
    @Timeout(value = 1, unit = TimeUnit.SECONDS)
    void finishesQuickly() throws Exception {
        Thread.sleep(3000);
    }
}
`,
    }),
    steps: [...setupMvn, { command: `${MVN} test` }],
    label: {
      category: "timeout",
      tool: "surefire",
      locations: [],
      keyLines: ["[ERROR]   SlowTest.finishesQuickly » Timeout finishesQuickly() timed out after 1 second"],
    },
  },
  {
    name: "java-mvn-fork-timeout",
    env: ENV,
    files: mvnBase(
      {
        [`${TEST}/HangTest.java`]: `package com.acme.widgets;

import org.junit.jupiter.api.Test;

class HangTest {
    @Test
    void waitsForever() throws Exception {
        Thread.sleep(8000);
    }
}
`,
      },
      pom(
        "",
        "",
        "\n        <configuration><forkedProcessTimeoutInSeconds>3</forkedProcessTimeoutInSeconds></configuration>",
      ),
    ),
    steps: [...setupMvn, { command: `${MVN} test` }],
    label: {
      category: "timeout",
      tool: "surefire",
      locations: [],
      keyLines: [/There was a timeout in the fork/],
    },
  },
  {
    name: "java-mvn-dependency-missing",
    env: ENV,
    files: mvnBase(
      {},
      pom(`
    <dependency>
      <groupId>com.acme.internal</groupId>
      <artifactId>widget-core</artifactId>
      <version>2.4.1</version>
    </dependency>`),
    ),
    steps: [...setupMvn, { command: `${MVN} package` }],
    label: {
      category: "dependency_error",
      tool: "maven",
      locations: [],
      keyLines: [/^\[ERROR\] Failed to execute goal on project widgets: Could not resolve dependencies/],
    },
  },
  {
    name: "java-mvn-plugin-missing",
    env: ENV,
    files: mvnBase(
      {},
      pom(
        "",
        `
      <plugin>
        <groupId>com.diffplug.spotless</groupId>
        <artifactId>spotless-maven-plugin</artifactId>
        <version>2.43.0</version>
        <executions>
          <execution>
            <goals>
              <goal>check</goal>
            </goals>
          </execution>
        </executions>
      </plugin>`,
      ),
    ),
    steps: [...setupMvn, { command: `${MVN} verify` }],
    label: {
      category: "dependency_error",
      tool: "maven",
      locations: [],
      keyLines: [
        /^\[ERROR\] Plugin com\.diffplug\.spotless:spotless-maven-plugin:2\.43\.0 or one of its dependencies could not be resolved/,
      ],
    },
  },
  {
    name: "java-mvn-bad-pom",
    env: ENV,
    files: mvnBase({}, pom().replace("</dependencies>", "</dependency>")),
    steps: [...setupMvn.slice(0, 1), { command: `${MVN} verify` }],
    label: {
      category: "build_failure",
      tool: "maven",
      locations: [{ file: "pom.xml", line: 18 }],
      keyLines: [/^\[FATAL\] Non-parseable POM/],
    },
  },
  {
    name: "java-mvn-werror",
    env: ENV,
    files: mvnBase(
      {
        [`${SRC}/Legacy.java`]: `package com.acme.widgets;

import java.util.ArrayList;
import java.util.List;

public class Legacy {
    @SuppressWarnings("unused")
    private int unused;

    public static List<String> names() {
        List<String> out = new ArrayList<>();
        out.add(new Integer(3).toString());
        return out;
    }
}
`,
      },
      pom().replace(
        "<artifactId>maven-compiler-plugin</artifactId>\n        <version>3.13.0</version>",
        "<artifactId>maven-compiler-plugin</artifactId>\n        <version>3.13.0</version>\n        <configuration><compilerArgs><arg>-Xlint:all</arg><arg>-Werror</arg></compilerArgs></configuration>",
      ),
    ),
    steps: [...setupMvn, { command: `${MVN} compile` }],
    label: {
      category: "lint_error",
      tool: "maven",
      // The -Werror error names the file only; the promoted warning (line 12) is in the excerpt.
      locations: [{ file: `${SRC}/Legacy.java` }],
      keyLines: [
        `[WARNING] /home/runner/work/widgets/widgets/${SRC}/Legacy.java:[12,17] Integer(int) in java.lang.Integer has been deprecated and marked for removal`,
        `[ERROR] /home/runner/work/widgets/widgets/${SRC}/Legacy.java: warnings found and -Werror specified`,
      ],
    },
  },
];

// The same failures as GitLab CI prints them (see writeGitlabCase).
for (const name of ["java-mvn-test-failure", "java-javac-package-missing"])
  javaCases.push({
    ...javaCases.find((c) => c.name === name),
    name: `${name}-gitlab`,
    ci: "gitlab",
    noise: [],
  });

// Gradle (Debian's 4.4.1 runs offline on JDK 17): JUnit comes from the local Maven repository as files.
const GRADLE = "gradle --offline --no-daemon --console=plain";
const gradleBuild = `apply plugin: 'java'

dependencies {
    testCompile files("\${System.getProperty('user.home')}/.m2/repository/junit/junit/4.13.2/junit-4.13.2.jar",
                      "\${System.getProperty('user.home')}/.m2/repository/org/hamcrest/hamcrest-core/1.3/hamcrest-core-1.3.jar")
}
`;
const gradleCalc =
  "package a;\n\npublic class Calc {\n    public int add(int a, int b) {\n        return a + b;\n    }\n}\n";
const gradleTest = `package a;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class CalcTest {
    @Test
    public void adds() {
        assertEquals(3, new Calc().add(1, 2));
    }

    @Test
    public void addsNegatives() {
        assertEquals(-3, new Calc().add(-1, -2));
    }
}
`;
function gradleBase(extra = {}) {
  return {
    "build.gradle": gradleBuild,
    "settings.gradle": "rootProject.name = 'widgets'\n",
    "src/main/java/a/Calc.java": gradleCalc,
    "src/test/java/a/CalcTest.java": gradleTest,
    ...extra,
  };
}
const setupGradle = [{ command: "gradle --version", run: "gradle --version --offline" }];

javaCases.push(
  {
    name: "java-gradle-test-failure",
    env: ENV,
    files: gradleBase({
      "src/main/java/a/Calc.java": gradleCalc.replace("return a + b;", "return a + b + 1;"),
    }),
    steps: [...setupGradle, { command: `${GRADLE} build` }],
    label: {
      category: "test_failure",
      tool: "gradle",
      locations: [{ file: "CalcTest.java", line: 10 }],
      keyLines: ["a.CalcTest > adds FAILED", "    java.lang.AssertionError at CalcTest.java:10"],
    },
  },
  {
    name: "java-gradle-compile",
    env: ENV,
    files: gradleBase({
      "src/main/java/a/Calc.java": gradleCalc.replace("return a + b;", 'return "sum" + a + b;'),
    }),
    steps: [...setupGradle, { command: `${GRADLE} assemble` }],
    label: {
      category: "type_error",
      tool: "javac",
      locations: [{ file: "src/main/java/a/Calc.java", line: 5 }],
      keyLines: [
        /src\/main\/java\/a\/Calc\.java:5: error: incompatible types: String cannot be converted to int$/,
      ],
    },
  },
  {
    name: "java-gradle-dependency",
    env: ENV,
    files: gradleBase({
      "build.gradle":
        "apply plugin: 'java'\n\nrepositories {\n    mavenCentral()\n}\n\ndependencies {\n    compile 'com.acme.internal:widget-core:2.4.1'\n    testCompile 'junit:junit:4.12'\n}\n",
    }),
    steps: [...setupGradle, { command: `${GRADLE} build` }],
    label: {
      category: "dependency_error",
      tool: "gradle",
      locations: [],
      keyLines: [
        "Could not resolve all files for configuration ':compileClasspath'.",
        "> Could not resolve com.acme.internal:widget-core:2.4.1.",
      ],
    },
  },
  {
    name: "java-gradle-build-script",
    env: ENV,
    files: gradleBase({
      "build.gradle": gradleBuild + "\ntask hello {\n    doLast { println 'hello }\n}\n",
    }),
    steps: [...setupGradle, { command: `${GRADLE} build` }],
    label: {
      category: "build_failure",
      tool: "gradle",
      locations: [{ file: "build.gradle", line: 9 }],
      keyLines: [/^Build file '.*\/build\.gradle' line: 9$/],
    },
  },
);

// kotlinc from the command line (Debian's kotlin 1.3).
javaCases.push(
  {
    name: "java-kotlinc-type",
    env: ENV,
    files: {
      "src/main/kotlin/a/Calc.kt":
        'package a\n\nfun add(a: Int, b: Int): Int {\n    val label: Int = "sum"\n    return a + b + offset + label\n}\n',
    },
    steps: [{ command: "kotlinc src/main/kotlin -d build/classes" }],
    label: {
      category: "type_error",
      tool: "kotlinc",
      locations: [
        { file: "src/main/kotlin/a/Calc.kt", line: 4 },
        { file: "src/main/kotlin/a/Calc.kt", line: 5 },
      ],
      keyLines: [
        "src/main/kotlin/a/Calc.kt:4:22: error: type mismatch: inferred type is String but Int was expected",
        "src/main/kotlin/a/Calc.kt:5:20: error: unresolved reference: offset",
      ],
    },
  },
  {
    name: "java-kotlinc-syntax",
    env: ENV,
    files: {
      "src/main/kotlin/a/Calc.kt": "package a\n\nfun mul(a: Int, b: Int): Int {\n    return a * (b +\n}\n",
    },
    steps: [{ command: "kotlinc src/main/kotlin -d build/classes" }],
    label: {
      category: "syntax_error",
      tool: "kotlinc",
      locations: [{ file: "src/main/kotlin/a/Calc.kt", line: 4 }],
      keyLines: ["src/main/kotlin/a/Calc.kt:4:20: error: expecting an element"],
    },
  },
);

// Checkstyle (Debian's 8.36 CLI) with its bundled Sun and Google configurations.
const styleApp = `package com.acme.widgets;

import java.util.List;

public class Report {
    public static String line(String name,int value) {
        int x=value;
        return name + ": " + x;
    }
}
`;
javaCases.push(
  {
    name: "java-checkstyle-sun",
    env: ENV,
    files: javacBase({ [`${SRC}/Report.java`]: styleApp }),
    steps: [
      ...setupJava,
      { command: JAVAC, run: JAVAC },
      { command: `checkstyle -c /sun_checks.xml ${SRC}/Report.java` },
    ],
    label: {
      category: "lint_error",
      tool: "checkstyle",
      locations: [
        { file: `${SRC}/Report.java`, line: 3 },
        { file: `${SRC}/Report.java`, line: 7 },
      ],
      keyLines: [
        `[ERROR] /home/runner/work/widgets/widgets/${SRC}/Report.java:3:8: Unused import - java.util.List. [UnusedImports]`,
        `[ERROR] /home/runner/work/widgets/widgets/${SRC}/Report.java:7:14: '=' is not followed by whitespace. [WhitespaceAround]`,
      ],
    },
  },
  {
    name: "java-checkstyle-google-warn",
    env: ENV,
    files: javacBase({ [`${SRC}/Report.java`]: styleApp }),
    steps: [
      ...setupJava,
      {
        command: `checkstyle -c /google_checks.xml src/main/java | tee checkstyle.txt\n! grep -q "\\[WARN\\]" checkstyle.txt`,
        run: `checkstyle -c /google_checks.xml src/main/java | tee checkstyle.txt; ! grep -q "\\[WARN\\]" checkstyle.txt`,
      },
    ],
    label: {
      category: "lint_error",
      tool: "checkstyle",
      locations: [{ file: `${SRC}/Report.java`, line: 6 }],
      keyLines: [/^\[WARN\] .*Report\.java:6:\d+: .*\[(?:Indentation|WhitespaceAfter|ParameterName)\]$/],
    },
  },
);
