// Go corpus cases for gen-native.mjs: stdlib-only modules broken on purpose; labels say what was broken.
const GO_MOD = "module example.com/widgets\n\ngo 1.19\n";
const ENV = { GOPROXY: "off", GOFLAGS: "-mod=mod", GOTOOLCHAIN: "local" };

const calcOk = `package calc

// Add returns the sum of a and b.
func Add(a, b int) int {
	return a + b
}

// Mul returns the product of a and b.
func Mul(a, b int) int {
	return a * b
}
`;

const calcTestOk = `package calc

import "testing"

func TestAdd(t *testing.T) {
	if got := Add(1, 2); got != 3 {
		t.Errorf("Add(1, 2) = %d, want 3", got)
	}
}

func TestMul(t *testing.T) {
	if got := Mul(2, 3); got != 6 {
		t.Errorf("Mul(2, 3) = %d, want 6", got)
	}
}
`;

const mainOk = `package main

import (
	"fmt"

	"example.com/widgets/calc"
)

func main() {
	fmt.Println(calc.Add(2, 3))
}
`;

const setup = [
  { command: "go version", run: "go version" },
  { command: "go mod download", run: "go mod download && echo 'go: no module dependencies to download'" },
];
const goNoise = [
  "go: downloading example.com/tools v0.0.0 (cached)",
  "warning: GOPATH set to GOROOT (/usr/lib/go) has no effect",
  "0 errors, 0 warnings in previous run",
];

function base(extra = {}) {
  return {
    "go.mod": GO_MOD,
    "calc/calc.go": calcOk,
    "calc/calc_test.go": calcTestOk,
    "main.go": mainOk,
    ...extra,
  };
}

export const goCases = [
  {
    name: "go-test-race",
    env: ENV,
    files: base({
      "calc/counter.go": `package calc

// Counter counts without a lock.
type Counter struct{ n int }

// Inc adds one.
func (c *Counter) Inc() { c.n++ }

// Value returns the count.
func (c *Counter) Value() int { return c.n }
`,
      "calc/counter_test.go": `package calc

import (
	"sync"
	"testing"
)

func TestConcurrentInc(t *testing.T) {
	var c Counter
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); c.Inc() }()
	}
	wg.Wait()
	if c.Value() == 0 {
		t.Fatal("no increments")
	}
}
`,
    }),
    steps: [...setup, { command: "go test -race ./..." }],
    label: {
      category: "runtime_error",
      tool: "go test",
      locations: [{ file: "calc/counter.go", line: 7 }],
      keyLines: ["WARNING: DATA RACE", /^\s+testing\.go:\d+: race detected during execution of test$/],
    },
  },
  {
    name: "go-fmt-list-multi",
    env: ENV,
    files: base({
      "calc/calc.go": calcOk.replace(
        "func Add(a, b int) int {\n\treturn a + b\n}",
        "func Add(a, b int) int {\n  return a + b\n}",
      ),
      "internal/report/report.go":
        'package report\n\nimport "fmt"\n\n// Line formats one result.\nfunc Line(name string, v int) string {\n\treturn fmt.Sprintf("%s: %d", name,v)\n}\n',
    }),
    steps: [
      ...setup,
      { command: "go build ./...", run: "go build ./..." },
      { command: "go vet ./...", run: "go vet ./..." },
      { command: 'unformatted=$(gofmt -l .)\n[ -z "$unformatted" ] || { echo "$unformatted"; exit 1; }' },
    ],
    label: {
      category: "format_error",
      tool: "gofmt",
      locations: [{ file: "calc/calc.go" }, { file: "internal/report/report.go" }],
      keyLines: ["calc/calc.go", "internal/report/report.go"],
    },
    noise: goNoise,
  },
  {
    name: "go-test-timeout-multi-pkg",
    env: ENV,
    files: base({
      "internal/queue/queue.go": `package queue

// Queue hands items to a worker.
type Queue struct{ items chan int }

// New returns an unbuffered queue.
func New() *Queue { return &Queue{items: make(chan int)} }

// Push blocks until a worker takes the item.
func (q *Queue) Push(v int) { q.items <- v }
`,
      "internal/queue/queue_test.go": `package queue

import "testing"

func TestPush(t *testing.T) {
	q := New()
	q.Push(1)
}
`,
    }),
    steps: [...setup, { command: "go test -timeout 3s ./..." }],
    label: {
      category: "timeout",
      tool: "go test",
      locations: [{ file: "internal/queue/queue.go", line: 10 }],
      keyLines: ["panic: test timed out after 3s"],
    },
  },
  {
    name: "go-build-undefined",
    env: ENV,
    files: base({
      "calc/calc.go": calcOk.replace("return a + b\n", "return a + b + offset\n"),
    }),
    steps: [...setup, { command: "go build -v ./..." }],
    label: {
      category: "type_error",
      tool: "go",
      locations: [{ file: "calc/calc.go", line: 5 }],
      keyLines: ["calc/calc.go:5:17: undefined: offset"],
    },
    noise: goNoise,
  },
  {
    name: "go-build-missing-import",
    env: ENV,
    files: base({
      "calc/format.go": `package calc

import "fmt"

// Label renders a labelled sum.
func Label(name string, a, b int) string {
	return fmt.Sprintf("%s=%d", strings.ToUpper(name), Add(a, b))
}
`,
    }),
    steps: [...setup, { command: "go build ./..." }],
    label: {
      category: "import_error",
      tool: "go",
      locations: [{ file: "calc/format.go", line: 7 }],
      keyLines: ["calc/format.go:7:30: undefined: strings"],
    },
  },
  {
    name: "go-build-unused-import",
    env: ENV,
    files: base({ "calc/calc.go": calcOk.replace("package calc\n", 'package calc\n\nimport "os"\n') }),
    steps: [...setup, { command: "go build ./...", run: "go build ./..." }],
    label: {
      category: "import_error",
      tool: "go",
      locations: [{ file: "calc/calc.go", line: 3 }],
      keyLines: ['calc/calc.go:3:8: imported and not used: "os"'],
    },
  },
  {
    name: "go-build-syntax",
    env: ENV,
    files: base({
      "calc/calc.go": calcOk.replace("func Mul(a, b int) int {", "func Mul(a, b int) int {\n\tif a > b {"),
    }),
    steps: [...setup, { command: "go build ./..." }],
    label: {
      category: "syntax_error",
      tool: "go",
      locations: [{ file: "calc/calc.go", line: 13 }],
      keyLines: ["calc/calc.go:13:1: syntax error: unexpected EOF, expecting }"],
    },
  },
  {
    name: "go-build-syntax-stmt",
    env: ENV,
    files: base({
      "main.go": mainOk.replace("fmt.Println(calc.Add(2, 3))", "x := calc.Add(2, 3\n\tfmt.Println(x)"),
    }),
    steps: [...setup, { command: "go vet ./... && go build ./...", run: "go build ./..." }],
    label: {
      category: "syntax_error",
      tool: "go",
      locations: [{ file: "main.go", line: 10 }],
      keyLines: [
        "./main.go:10:20: syntax error: unexpected newline in argument list; possibly missing comma or )",
      ],
    },
  },
  {
    name: "go-build-type-mismatch",
    env: ENV,
    files: base({
      "calc/calc.go": calcOk.replace("return a * b", 'if a == 0 {\n\t\treturn "zero"\n\t}\n\treturn a * b'),
      "calc/stats.go": `package calc

// Mean returns the integer mean of xs.
func Mean(xs []int) int {
	var total float64
	for _, x := range xs {
		total += x
	}
	return total / len(xs)
}
`,
    }),
    steps: [...setup, { command: "go build ./..." }],
    label: {
      category: "type_error",
      tool: "go",
      locations: [
        { file: "calc/calc.go", line: 11 },
        { file: "calc/stats.go", line: 7 },
        { file: "calc/stats.go", line: 9 },
      ],
      keyLines: [
        'calc/calc.go:11:10: cannot use "zero" (untyped string constant) as int value in return statement',
        "calc/stats.go:7:3: invalid operation: total += x (mismatched types float64 and int)",
        "calc/stats.go:9:9: invalid operation: total / len(xs) (mismatched types float64 and int)",
      ],
    },
  },
  {
    name: "go-test-build-failed",
    env: ENV,
    files: base({
      "calc/calc_test.go": calcTestOk.replace("Mul(2, 3); got", "Mul(2, 3, 4); got"),
    }),
    steps: [...setup, { command: "go build ./...", run: "go build ./..." }, { command: "go test ./..." }],
    label: {
      category: "type_error",
      tool: "go",
      locations: [{ file: "calc/calc_test.go", line: 12 }],
      keyLines: ["calc/calc_test.go:12:22: too many arguments in call to Mul"],
    },
  },
  {
    name: "go-vet-printf",
    env: ENV,
    files: base({
      "main.go": mainOk.replace(
        "fmt.Println(calc.Add(2, 3))",
        'name := "sum"\n\tfmt.Printf("%s = %d\\n", calc.Add(2, 3), name)',
      ),
    }),
    steps: [...setup, { command: "go build ./...", run: "go build ./..." }, { command: "go vet ./..." }],
    label: {
      category: "lint_error",
      tool: "go vet",
      locations: [{ file: "main.go", line: 11 }],
      keyLines: ["./main.go:11:2: fmt.Printf format %s has arg calc.Add(2, 3) of wrong type int"],
    },
  },
  {
    name: "go-vet-multi",
    env: ENV,
    files: base({
      "calc/lock.go": `package calc

import "sync"

// Counter counts things safely.
type Counter struct {
	mu sync.Mutex
	n  int
}

// Snapshot returns a copy of c.
func Snapshot(c Counter) Counter {
	return c
}

// Reset sets the count back to zero.
func (c *Counter) Reset() {
	c.n = c.n
	c.n = 0
}
`,
    }),
    steps: [
      ...setup,
      { command: "go test ./...", run: "go test ./calc/ -run XXX >/dev/null; echo ok" },
      { command: "go vet ./..." },
    ],
    label: {
      category: "lint_error",
      tool: "go vet",
      locations: [
        { file: "calc/lock.go", line: 12 },
        { file: "calc/lock.go", line: 18 },
      ],
      keyLines: [
        "calc/lock.go:12:17: Snapshot passes lock by value: example.com/widgets/calc.Counter contains sync.Mutex",
        "calc/lock.go:13:9: return copies lock value: example.com/widgets/calc.Counter contains sync.Mutex",
        "calc/lock.go:18:2: self-assignment of c.n to c.n",
      ],
    },
  },
  {
    name: "go-fmt-list",
    env: ENV,
    files: base({
      "calc/calc.go": calcOk.replace("return a + b", "return a+b   "),
      "main.go": mainOk.replace("func main() {", "func main()  {"),
    }),
    steps: [
      ...setup,
      { command: "go vet ./...", run: "go vet ./..." },
      {
        command:
          'test -z "$(gofmt -l .)" || { gofmt -l .; echo "Go files must be formatted with gofmt"; exit 1; }',
      },
    ],
    label: {
      category: "format_error",
      tool: "gofmt",
      locations: [{ file: "calc/calc.go" }, { file: "main.go" }],
      keyLines: ["calc/calc.go", "main.go"],
    },
  },
  {
    name: "go-fmt-diff",
    env: ENV,
    files: base({
      "calc/calc.go": calcOk.replace("\treturn a * b\n", "    return a*b\n"),
    }),
    steps: [
      ...setup,
      {
        command: "gofmt -d . | tee /tmp/gofmt.diff; test ! -s /tmp/gofmt.diff",
        run: "gofmt -d . | tee gofmt.diff; test ! -s gofmt.diff",
      },
    ],
    label: {
      category: "format_error",
      tool: "gofmt",
      locations: [{ file: "calc/calc.go" }],
      keyLines: ["diff calc/calc.go.orig calc/calc.go"],
    },
  },
  {
    name: "go-fmt-simplify",
    env: ENV,
    files: base({
      "calc/table.go": `package calc

// Pair is two ints.
type Pair struct{ A, B int }

// Table lists sample pairs.
var Table = []Pair{Pair{1, 2}, Pair{3, 4}}
`,
    }),
    steps: [
      ...setup,
      { command: "go build ./...", run: "go build ./..." },
      {
        command:
          'files=$(gofmt -s -l .); if [ -n "$files" ]; then echo "::error::gofmt -s needs to run on:"; echo "$files"; exit 1; fi',
      },
    ],
    label: {
      category: "format_error",
      tool: "gofmt",
      locations: [{ file: "calc/table.go" }],
      keyLines: ["calc/table.go"],
    },
  },
  {
    name: "go-test-fail",
    env: ENV,
    files: base({ "calc/calc.go": calcOk.replace("return a + b", "return a + b + 1") }),
    steps: [...setup, { command: "go build ./...", run: "go build ./..." }, { command: "go test ./..." }],
    label: {
      category: "test_failure",
      tool: "go test",
      locations: [{ file: "calc_test.go", line: 7 }],
      keyLines: ["--- FAIL: TestAdd (0.00s)", "    calc_test.go:7: Add(1, 2) = 4, want 3"],
    },
  },
  {
    name: "go-test-verbose-subtests",
    env: ENV,
    files: base({
      "calc/calc.go": calcOk.replace("return a * b", "if b < 0 {\n\t\treturn 0\n\t}\n\treturn a * b"),
      "calc/table_test.go": `package calc

import "testing"

func TestMulTable(t *testing.T) {
	cases := []struct {
		name    string
		a, b    int
		want    int
	}{
		{"small", 2, 3, 6},
		{"zero", 0, 5, 0},
		{"negative", 4, -2, -8},
		{"ones", 1, 1, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Logf("checking %d*%d", c.a, c.b)
			if got := Mul(c.a, c.b); got != c.want {
				t.Fatalf("Mul(%d, %d) = %d, want %d", c.a, c.b, got, c.want)
			}
		})
	}
}
`,
    }),
    steps: [...setup, { command: "go test -v -count=1 ./..." }],
    label: {
      category: "test_failure",
      tool: "go test",
      locations: [{ file: "table_test.go", line: 20 }],
      keyLines: [
        "    --- FAIL: TestMulTable/negative (0.00s)",
        "    table_test.go:20: Mul(4, -2) = 0, want -8",
      ],
    },
  },
  {
    name: "go-test-timeout",
    env: ENV,
    files: base({
      "calc/slow_test.go": `package calc

import (
	"testing"
	"time"
)

func TestSlowSum(t *testing.T) {
	done := make(chan int)
	go func() {
		time.Sleep(5 * time.Second)
		done <- Add(1, 2)
	}()
	if got := <-done; got != 3 {
		t.Fatalf("got %d", got)
	}
}
`,
    }),
    steps: [...setup, { command: "go test -timeout 1s ./..." }],
    label: {
      category: "timeout",
      tool: "go test",
      locations: [{ file: "calc/slow_test.go", line: 14 }],
      keyLines: ["panic: test timed out after 1s"],
    },
  },
  {
    name: "go-test-timeout-verbose",
    env: ENV,
    files: base({
      "calc/wait.go": `package calc

import "sync"

// WaitAll waits for n workers that never report.
func WaitAll(n int) {
	var wg sync.WaitGroup
	wg.Add(n)
	ch := make(chan struct{})
	go func() { wg.Wait(); close(ch) }()
	<-ch
}
`,
      "calc/wait_test.go": `package calc

import "testing"

func TestWaitAll(t *testing.T) {
	WaitAll(2)
}
`,
    }),
    steps: [...setup, { command: "go test -v -timeout 2s ./calc/" }],
    label: {
      category: "timeout",
      tool: "go test",
      locations: [{ file: "calc/wait.go", line: 11 }],
      keyLines: ["panic: test timed out after 2s"],
    },
  },
  {
    name: "go-test-panic",
    env: ENV,
    files: base({
      "calc/index.go": `package calc

// Nth returns the n-th element of xs.
func Nth(xs []int, n int) int {
	return xs[n]
}
`,
      "calc/index_test.go": `package calc

import "testing"

func TestNth(t *testing.T) {
	if Nth([]int{1, 2, 3}, 3) != 3 {
		t.Fatal("wrong element")
	}
}
`,
    }),
    steps: [...setup, { command: "go test ./..." }],
    label: {
      category: "runtime_error",
      tool: "go test",
      locations: [{ file: "calc/index.go", line: 5 }],
      keyLines: ["panic: runtime error: index out of range [3] with length 3 [recovered]"],
    },
  },
  {
    name: "go-run-nil-map",
    env: ENV,
    files: base({
      "main.go": `package main

import "fmt"

var counts map[string]int

func record(word string) {
	counts[word]++
}

func main() {
	fmt.Println("recording")
	record("widgets")
}
`,
    }),
    steps: [...setup, { command: "go build ./...", run: "go build ./..." }, { command: "go run ." }],
    label: {
      category: "runtime_error",
      tool: "go",
      locations: [{ file: "main.go", line: 8 }],
      keyLines: ["panic: assignment to entry in nil map"],
    },
  },
  {
    name: "go-run-deadlock",
    env: ENV,
    files: base({
      "main.go": `package main

import "fmt"

func main() {
	results := make(chan int)
	results <- 42
	fmt.Println(<-results)
}
`,
    }),
    steps: [...setup, { command: "go run ./" }],
    label: {
      category: "runtime_error",
      tool: "go",
      locations: [{ file: "main.go", line: 7 }],
      keyLines: ["fatal error: all goroutines are asleep - deadlock!"],
    },
  },
  {
    name: "go-mod-missing",
    env: { ...ENV, GOFLAGS: "" },
    files: base({
      "main.go": mainOk
        .replace('"fmt"\n', '"fmt"\n\n\t"github.com/acme/strutil"\n')
        .replace("fmt.Println(calc.Add(2, 3))", "fmt.Println(strutil.Pad(calc.Add(2, 3)))"),
    }),
    steps: [...setup, { command: "go build ./..." }],
    label: {
      category: "dependency_error",
      tool: "go",
      locations: [{ file: "main.go", line: 6 }],
      keyLines: ["main.go:6:2: no required module provides package github.com/acme/strutil; to add it:"],
    },
  },
  {
    name: "go-mod-sum-missing",
    env: { ...ENV, GOFLAGS: "" },
    files: base({
      "go.mod": GO_MOD + "\nrequire github.com/acme/strutil v1.2.0\n",
      "main.go": mainOk
        .replace('"fmt"\n', '"fmt"\n\n\t"github.com/acme/strutil"\n')
        .replace("fmt.Println(calc.Add(2, 3))", "fmt.Println(strutil.Pad(calc.Add(2, 3)))"),
    }),
    steps: [{ command: "go version", run: "go version" }, { command: "go build ./..." }],
    label: {
      category: "dependency_error",
      tool: "go",
      locations: [{ file: "main.go", line: 6 }],
      keyLines: [
        "main.go:6:2: missing go.sum entry for module providing package github.com/acme/strutil (imported by example.com/widgets); to add:",
      ],
    },
  },
  {
    name: "go-build-not-in-goroot",
    env: ENV,
    files: base({
      "main.go": mainOk
        .replace('"fmt"\n', '"fmt"\n\t"encoding/yaml"\n')
        .replace("fmt.Println(calc.Add(2, 3))", "fmt.Println(yaml.Marshal(calc.Add(2, 3)))"),
    }),
    steps: [...setup, { command: "go build ./..." }],
    label: {
      category: "import_error",
      tool: "go",
      locations: [{ file: "main.go", line: 5 }],
      keyLines: ["main.go:5:2: package encoding/yaml is not in GOROOT (/usr/lib/go-1.19/src/encoding/yaml)"],
    },
  },
];

// The same failures as GitLab CI prints them (see writeGitlabCase).
for (const name of ["go-test-fail", "go-build-type-mismatch"])
  goCases.push({ ...goCases.find((c) => c.name === name), name: `${name}-gitlab`, ci: "gitlab", noise: [] });
