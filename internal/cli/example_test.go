// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package cli_test

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/qalam-nlp/qalam/internal/cli"
)

// A command that counts the lines of its FILE arguments ("-" is standard
// input), going on after a file that cannot be read.
func ExampleEachFile() {
	args := []string{"-", "/no/such/file"}
	stdin := strings.NewReader("قال\nالرئيس\n")
	failed := cli.Report(os.Stdout, "lines", cli.EachFile(args, stdin, func(arg string, r io.Reader) error {
		n := 0
		for s := bufio.NewScanner(r); s.Scan(); {
			n++
		}
		fmt.Println(cli.Name(arg), n)
		return nil
	}))
	fmt.Println("failed:", failed)
	// Output:
	// standard input 2
	// lines: /no/such/file: no such file or directory
	// failed: true
}

func ExampleAppendJSONString() {
	fmt.Printf("%s\n", cli.AppendJSONString(nil, []byte("«قال»\t\"x\"\xff")))
	// Output:
	// "«قال»\t\"x\"�"
}
