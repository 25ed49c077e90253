// C/C++ corpus cases for gen-native.mjs: gcc/g++, ld, make, CMake and ctest on small projects
// broken on purpose; labels say what was broken.
const ENV = { LC_ALL: "C" };
const COLOR = { ...ENV, CFLAGS_COLOR: "-fdiagnostics-color=always" };

const mathH = `#ifndef WIDGETS_MATH_H
#define WIDGETS_MATH_H

int add(int a, int b);
int mul(int a, int b);

#endif
`;
const mathC = `#include "math.h"

int add(int a, int b) {
    return a + b;
}

int mul(int a, int b) {
    return a * b;
}
`;
const mainC = `#include <stdio.h>
#include "math.h"

int main(void) {
    printf("%d\\n", add(2, 3));
    return 0;
}
`;
const makefile = `CC ?= gcc
CFLAGS ?= -Wall -O2 $(CFLAGS_COLOR)
OBJS = src/main.o src/math.o

app: $(OBJS)
\t$(CC) $(CFLAGS) -o $@ $(OBJS)

src/%.o: src/%.c
\t$(CC) $(CFLAGS) -Isrc -c -o $@ $<

test: app
\t./app

clean:
\trm -f app $(OBJS)
`;

function cBase(extra = {}) {
  return { "src/math.h": mathH, "src/math.c": mathC, "src/main.c": mainC, Makefile: makefile, ...extra };
}

const cmakeLists = (extra = "") => `cmake_minimum_required(VERSION 3.16)
project(widgets C CXX)
add_library(widgets src/math.c)
target_include_directories(widgets PUBLIC src)
add_executable(app src/main.c)
target_link_libraries(app widgets)
${extra}`;

const setup = [{ command: "gcc --version | head -1", run: "gcc --version | head -1" }];
const cNoise = [
  "Reading package lists...",
  "build-essential is already the newest version (12.10ubuntu1).",
  "0 upgraded, 0 newly installed, 0 to remove and 12 not upgraded.",
];

export const cCases = [
  {
    name: "c-clang-undeclared",
    env: ENV,
    files: cBase({ "src/main.c": mainC.replace("add(2, 3)", "add(2, offset)") }),
    steps: [
      { command: "clang --version | head -1", run: "clang --version | head -1" },
      { command: "make CC=clang CFLAGS_COLOR=-fcolor-diagnostics" },
    ],
    label: {
      category: "type_error",
      tool: "clang",
      locations: [{ file: "src/main.c", line: 5 }],
      keyLines: ["src/main.c:5:27: error: use of undeclared identifier 'offset'"],
    },
  },
  {
    name: "c-clang-missing-header",
    env: ENV,
    files: cBase({
      "src/main.c": mainC.replace('#include "math.h"', '#include "math.h"\n#include <zstd.h>'),
    }),
    steps: [{ command: "make CC=clang" }],
    label: {
      category: "import_error",
      tool: "clang",
      locations: [{ file: "src/main.c", line: 3 }],
      keyLines: ["src/main.c:3:10: fatal error: 'zstd.h' file not found"],
    },
  },
  {
    name: "c-clangxx-syntax",
    env: ENV,
    files: {
      "src/list.cpp":
        "#include <vector>\n\nint total(const std::vector<int>& xs) {\n    int t = 0;\n    for (int x : xs) t += x\n    return t;\n}\n",
    },
    steps: [{ command: "clang++ -std=c++17 -fsyntax-only src/list.cpp" }],
    label: {
      category: "syntax_error",
      tool: "clang",
      locations: [{ file: "src/list.cpp", line: 5 }],
      keyLines: ["src/list.cpp:5:28: error: expected ';' after expression"],
    },
  },
  {
    name: "c-clang-werror",
    env: ENV,
    files: cBase({ "src/math.c": mathC.replace("return a * b;", "int unused = a;\n    return a * b;") }),
    steps: [{ command: 'make CC=clang CFLAGS="-Wall -Werror -O2"' }],
    label: {
      category: "lint_error",
      tool: "clang",
      locations: [{ file: "src/math.c", line: 8 }],
      keyLines: ["src/math.c:8:9: error: unused variable 'unused' [-Werror,-Wunused-variable]"],
    },
  },
  {
    name: "c-clang-link",
    env: ENV,
    files: cBase({
      "src/math.h": mathH.replace(
        "int mul(int a, int b);",
        "int mul(int a, int b);\nint clamp(int v, int lo, int hi);",
      ),
      "src/main.c": mainC.replace("add(2, 3)", "clamp(add(2, 3), 0, 4)"),
    }),
    steps: [{ command: "make CC=clang" }],
    label: {
      category: "build_failure",
      tool: "ld",
      locations: [{ file: "main.c" }],
      keyLines: [
        /undefined reference to `clamp'$/,
        "clang: error: linker command failed with exit code 1 (use -v to see invocation)",
      ],
    },
  },
  {
    name: "c-gxx-vtable",
    env: ENV,
    files: {
      "src/shape.h":
        "#pragma once\nstruct Shape {\n    virtual ~Shape();\n    virtual double area() const = 0;\n};\nstruct Square : Shape {\n    explicit Square(double s) : side(s) {}\n    double area() const override;\n    double side;\n};\n",
      "src/main.cpp":
        '#include <iostream>\n#include "shape.h"\n\nShape::~Shape() {}\n\nint main() {\n    Square sq(2.0);\n    std::cout << sq.area() << std::endl;\n    return 0;\n}\n',
    },
    steps: [...setup, { command: "g++ -std=c++17 -O0 -Isrc -o shapes src/main.cpp" }],
    label: {
      category: "build_failure",
      tool: "ld",
      locations: [{ file: "main.cpp" }],
      keyLines: [
        /undefined reference to `Square::area\(\) const'$/,
        "collect2: error: ld returned 1 exit status",
      ],
    },
  },
  {
    name: "c-ctest-global-timeout",
    env: ENV,
    files: {
      ...cBase(),
      "tests/test_wait.c": `#include <stdio.h>
#include "math.h"

int main(void) {
    volatile long spins = 0;
    while (add((int)spins, 1) > 0) spins++;
    printf("%ld\\n", spins);
    return 0;
}
`,
      "CMakeLists.txt": cmakeLists(
        "enable_testing()\nadd_executable(test_wait tests/test_wait.c)\ntarget_link_libraries(test_wait widgets)\nadd_test(NAME wait COMMAND test_wait)\nadd_test(NAME smoke COMMAND app)\n",
      ),
    },
    steps: [
      {
        command: "cmake -S . -B build -G 'Unix Makefiles' && cmake --build build -j2",
        run: "cmake -S . -B build -G 'Unix Makefiles' && cmake --build build -j2",
      },
      { command: "cd build && ctest --timeout 2 --output-on-failure" },
    ],
    label: {
      category: "timeout",
      tool: "ctest",
      locations: [],
      keyLines: [/Test #1: wait \.+\*\*\*Timeout/],
    },
  },
  {
    name: "c-gcc-syntax",
    env: ENV,
    files: cBase({ "src/math.c": mathC.replace("return a + b;", "return a + b") }),
    steps: [...setup, { command: "make" }],
    label: {
      category: "syntax_error",
      tool: "gcc",
      locations: [{ file: "src/math.c", line: 4 }],
      keyLines: ["src/math.c:4:17: error: expected ';' before '}' token"],
    },
    noise: cNoise,
  },
  {
    name: "c-gcc-undeclared",
    env: COLOR,
    files: cBase({ "src/main.c": mainC.replace("add(2, 3)", "add(2, scale)") }),
    steps: [...setup, { command: "make" }],
    label: {
      category: "type_error",
      tool: "gcc",
      locations: [{ file: "src/main.c", line: 5 }],
      keyLines: ["src/main.c:5:27: error: 'scale' undeclared (first use in this function)"],
    },
  },
  {
    name: "c-gcc-implicit-decl",
    env: ENV,
    files: cBase({ "src/main.c": mainC.replace("add(2, 3)", "add(2, cube(3))") }),
    steps: [...setup, { command: "make" }],
    // gcc 12 only warns about the implicit declaration (C99 mode); the link is what fails.
    label: {
      category: "build_failure",
      tool: "ld",
      locations: [{ file: "main.c" }],
      keyLines: [/undefined reference to `cube'$/, "collect2: error: ld returned 1 exit status"],
    },
  },
  {
    name: "c-gxx-no-matching",
    env: ENV,
    files: {
      "src/shapes.cpp": `#include <string>
#include <vector>

struct Shape {
    std::string name;
    double area;
};

double total(const std::vector<Shape>& shapes) {
    double sum = 0;
    for (const auto& s : shapes) sum += s.area;
    return sum;
}

int main() {
    std::vector<Shape> shapes{{"square", 4.0}};
    std::string label = total(shapes);
    return label.empty() ? 1 : 0;
}
`,
    },
    steps: [...setup, { command: "g++ -std=c++17 -Wall -o shapes src/shapes.cpp" }],
    label: {
      category: "type_error",
      tool: "g++",
      locations: [{ file: "src/shapes.cpp", line: 17 }],
      keyLines: [/^src\/shapes\.cpp:17:30: error: conversion from 'double' to non-scalar type/],
    },
  },
  {
    name: "c-gcc-missing-header",
    env: ENV,
    files: cBase({
      "src/main.c": mainC.replace('#include "math.h"', '#include "math.h"\n#include "config.h"'),
    }),
    steps: [...setup, { command: "make" }],
    label: {
      category: "import_error",
      tool: "gcc",
      locations: [{ file: "src/main.c", line: 3 }],
      keyLines: ["src/main.c:3:10: fatal error: config.h: No such file or directory"],
    },
  },
  {
    name: "c-gxx-missing-system-header",
    env: ENV,
    files: {
      "src/http.cpp": `#include <iostream>
#include <curl/curl.h>

int main() {
    CURL* c = curl_easy_init();
    std::cout << (c != nullptr) << std::endl;
    return 0;
}
`,
    },
    steps: [...setup, { command: "g++ -std=c++17 -o http src/http.cpp -lcurl" }],
    label: {
      category: "import_error",
      tool: "g++",
      locations: [{ file: "src/http.cpp", line: 2 }],
      keyLines: ["src/http.cpp:2:10: fatal error: curl/curl.h: No such file or directory"],
    },
  },
  {
    name: "c-ld-undefined-reference",
    env: ENV,
    files: cBase({
      "src/math.h": mathH.replace(
        "int mul(int a, int b);",
        "int mul(int a, int b);\nint clamp(int v, int lo, int hi);",
      ),
      "src/main.c": mainC.replace("add(2, 3)", "clamp(add(2, 3), 0, 4)"),
    }),
    steps: [...setup, { command: "make" }],
    label: {
      category: "build_failure",
      tool: "ld",
      locations: [{ file: "main.c" }],
      keyLines: [/undefined reference to `clamp'$/, "collect2: error: ld returned 1 exit status"],
    },
  },
  {
    name: "c-ld-undefined-direct",
    env: ENV,
    files: {
      "src/stats.c": `#include <math.h>
#include <stdio.h>

double rms(const double* xs, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) s += xs[i] * xs[i];
    return sqrt(s / n);
}

void report(double v);

int main(void) {
    double xs[] = {1.0, 2.0, 3.0};
    report(rms(xs, 3));
    return 0;
}
`,
    },
    steps: [...setup, { command: "gcc -O0 -o stats src/stats.c -lm" }],
    label: {
      category: "build_failure",
      tool: "ld",
      locations: [{ file: "stats.c" }],
      keyLines: [/undefined reference to `report'$/, "collect2: error: ld returned 1 exit status"],
    },
  },
  {
    name: "c-ld-multiple-definition",
    env: ENV,
    files: cBase({ "src/main.c": mainC + "\nint add(int a, int b) {\n    return a - b;\n}\n" }),
    steps: [...setup, { command: "make" }],
    label: {
      category: "build_failure",
      tool: "ld",
      locations: [],
      keyLines: [
        /multiple definition of `add'; .*first defined here$/,
        "collect2: error: ld returned 1 exit status",
      ],
    },
  },
  {
    name: "c-ld-missing-lib",
    env: ENV,
    files: cBase(),
    steps: [...setup, { command: "gcc -Isrc -o app src/main.c src/math.c -lwidgetsextra" }],
    label: {
      category: "dependency_error",
      tool: "ld",
      locations: [],
      keyLines: [/cannot find -lwidgetsextra/],
    },
  },
  {
    name: "c-make-no-rule",
    env: ENV,
    files: cBase({
      Makefile: makefile.replace("OBJS = src/main.o src/math.o", "OBJS = src/main.o src/math.o src/format.o"),
    }),
    steps: [...setup, { command: "make -j2" }],
    label: {
      category: "build_failure",
      tool: "make",
      locations: [],
      keyLines: ["make: *** No rule to make target 'src/format.o', needed by 'app'.  Stop."],
    },
  },
  {
    name: "c-make-missing-separator",
    env: ENV,
    files: cBase({
      Makefile: makefile.replace("\t$(CC) $(CFLAGS) -o $@ $(OBJS)", "    $(CC) $(CFLAGS) -o $@ $(OBJS)"),
    }),
    steps: [...setup, { command: "make" }],
    label: {
      category: "build_failure",
      tool: "make",
      locations: [{ file: "Makefile", line: 6 }],
      keyLines: ["Makefile:6: *** missing separator.  Stop."],
    },
  },
  {
    name: "c-make-recipe-failed",
    env: ENV,
    files: cBase({ Makefile: makefile + "\ncheck: app\n\t./scripts/run-checks.sh\n" }),
    steps: [...setup, { command: "make", run: "make" }, { command: "make check" }],
    label: {
      category: "build_failure",
      tool: "make",
      locations: [{ file: "Makefile", line: 18 }],
      keyLines: ["make: *** [Makefile:18: check] Error 127"],
    },
  },
  {
    name: "c-gcc-werror",
    env: ENV,
    files: cBase({ "src/math.c": mathC.replace("return a * b;", "int unused = a;\n    return a * b;") }),
    steps: [...setup, { command: 'make CFLAGS="-Wall -Werror -O2"' }],
    label: {
      category: "lint_error",
      tool: "gcc",
      locations: [{ file: "src/math.c", line: 8 }],
      keyLines: ["src/math.c:8:9: error: unused variable 'unused' [-Werror=unused-variable]"],
    },
  },
  {
    name: "c-cmake-find-package",
    env: ENV,
    files: { ...cBase(), "CMakeLists.txt": cmakeLists("find_package(ZLIBNG REQUIRED)\n") },
    steps: [
      { command: "cmake --version | head -1", run: "cmake --version | head -1" },
      { command: "cmake -S . -B build" },
    ],
    label: {
      category: "dependency_error",
      tool: "cmake",
      locations: [{ file: "CMakeLists.txt", line: 7 }],
      keyLines: ["CMake Error at CMakeLists.txt:7 (find_package):"],
    },
  },
  {
    name: "c-cmake-unknown-command",
    env: ENV,
    files: { ...cBase(), "CMakeLists.txt": cmakeLists("add_exectuable(tool src/main.c)\n") },
    steps: [{ command: "cmake -S . -B build -DCMAKE_BUILD_TYPE=Release" }],
    label: {
      category: "build_failure",
      tool: "cmake",
      locations: [{ file: "CMakeLists.txt", line: 7 }],
      keyLines: [
        "CMake Error at CMakeLists.txt:7 (add_exectuable):",
        '  Unknown CMake command "add_exectuable".',
      ],
    },
  },
  {
    name: "c-cmake-build-link",
    env: ENV,
    files: {
      ...cBase({ "src/main.c": mainC.replace("add(2, 3)", "add(2, mul3(3))") }),
      "CMakeLists.txt": cmakeLists(),
    },
    steps: [
      { command: "cmake -S . -B build", run: "cmake -S . -B build" },
      { command: "cmake --build build" },
    ],
    label: {
      category: "build_failure",
      tool: "ld",
      locations: [{ file: "main.c" }],
      keyLines: [/undefined reference to `mul3'$/, "collect2: error: ld returned 1 exit status"],
    },
  },
  {
    name: "c-cmake-build-undefined",
    env: ENV,
    files: {
      ...cBase({
        "src/math.h": mathH.replace("int mul(int a, int b);", "int mul(int a, int b);\nint square(int a);"),
        "src/main.c": mainC.replace("add(2, 3)", "square(add(2, 3))"),
      }),
      "CMakeLists.txt": cmakeLists(),
    },
    steps: [
      { command: "cmake -S . -B build", run: "cmake -S . -B build" },
      { command: "cmake --build build -- -k" },
    ],
    label: {
      category: "build_failure",
      tool: "ld",
      locations: [{ file: "main.c" }],
      keyLines: [/undefined reference to `square'$/, "collect2: error: ld returned 1 exit status"],
    },
  },
  {
    name: "c-ctest-failure",
    env: ENV,
    files: {
      ...cBase({ "src/math.c": mathC.replace("return a * b;", "return a * b + 1;") }),
      "tests/test_math.c": `#include <stdio.h>
#include "math.h"

static int failures = 0;
#define CHECK_EQ(got, want) do { if ((got) != (want)) { \\
    fprintf(stderr, "%s:%d: CHECK_EQ(%s, %s) failed: got %d, want %d\\n", __FILE__, __LINE__, #got, #want, (got), (want)); \\
    failures++; } } while (0)

int main(void) {
    CHECK_EQ(add(1, 2), 3);
    CHECK_EQ(mul(2, 3), 6);
    return failures ? 1 : 0;
}
`,
      "CMakeLists.txt": cmakeLists(
        "enable_testing()\nadd_executable(test_math tests/test_math.c)\ntarget_link_libraries(test_math widgets)\nadd_test(NAME math COMMAND test_math)\nadd_test(NAME smoke COMMAND app)\n",
      ),
    },
    steps: [
      {
        command: "cmake -S . -B build && cmake --build build",
        run: "cmake -S . -B build -DCMAKE_C_FLAGS=-fmacro-prefix-map=$PWD/= && cmake --build build",
      },
      { command: "ctest --test-dir build --output-on-failure" },
    ],
    label: {
      category: "test_failure",
      tool: "ctest",
      locations: [{ file: "tests/test_math.c", line: 11 }],
      keyLines: [
        "tests/test_math.c:11: CHECK_EQ(mul(2, 3), 6) failed: got 7, want 6",
        /^\s+\d+ - math \(Failed\)/,
      ],
    },
  },
  {
    name: "c-ctest-timeout",
    env: ENV,
    files: {
      ...cBase(),
      "tests/test_slow.c": `#include <unistd.h>
#include "math.h"

int main(void) {
    sleep(10);
    return add(1, 1) == 2 ? 0 : 1;
}
`,
      "CMakeLists.txt": cmakeLists(
        "enable_testing()\nadd_executable(test_slow tests/test_slow.c)\ntarget_link_libraries(test_slow widgets)\nadd_test(NAME smoke COMMAND app)\nadd_test(NAME slow COMMAND test_slow)\nset_tests_properties(slow PROPERTIES TIMEOUT 2)\n",
      ),
    },
    steps: [
      {
        command: "cmake -S . -B build && cmake --build build",
        run: "cmake -S . -B build && cmake --build build",
      },
      { command: "ctest --test-dir build" },
    ],
    label: {
      category: "timeout",
      tool: "ctest",
      locations: [],
      keyLines: [/Test #2: slow \.+\*\*\*Timeout/],
    },
  },
  {
    name: "c-run-segfault",
    env: ENV,
    files: cBase({
      "src/main.c": `#include <stdio.h>
#include <string.h>
#include "math.h"

static const char* names[] = {"alpha", "beta"};

int main(void) {
    const char* pick = names[add(1, 1) * 1000000];
    printf("%zu\\n", strlen(pick));
    return 0;
}
`,
    }),
    steps: [...setup, { command: "make", run: "make" }, { command: "make test" }],
    label: {
      category: "runtime_error",
      tool: "make",
      locations: [],
      keyLines: [/Segmentation fault/],
    },
  },
  {
    name: "c-run-assert",
    env: ENV,
    files: cBase({
      "src/main.c": `#include <assert.h>
#include <stdio.h>
#include "math.h"

int main(void) {
    int v = mul(2, 3);
    assert(v == add(3, 4));
    printf("%d\\n", v);
    return 0;
}
`,
    }),
    steps: [...setup, { command: "make", run: "make" }, { command: "./app" }],
    label: {
      category: "runtime_error",
      tool: "libc",
      locations: [{ file: "src/main.c", line: 7 }],
      keyLines: [/Assertion `v == add\(3, 4\)' failed\.$/],
    },
  },
];

// The same failures as GitLab CI prints them (see writeGitlabCase).
for (const name of ["c-ld-undefined-reference", "c-cmake-find-package", "c-gcc-syntax"])
  cCases.push({ ...cCases.find((c) => c.name === name), name: `${name}-gitlab`, ci: "gitlab", noise: [] });
