// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMain lets the test binary stand in for the command when the command
// runs its measurements in child processes of itself.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == "-child" {
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// sample is a small news text written for this test: two articles with
// people, places and organisations, harakat, a ligature and Arabic-Indic
// digits.
const sample = `التقى الرئيسُ الأمريكي دونالد ترامب بالرئيس الروسي فلاديمير بوتين في ولاية ألاسكا يوم الجمعة، وبحث الزعيمان الحرب في أوكرانيا. وقال بوتين للصحفيين إن المحادثات كانت «بناءة»، فيما أكد ترامب أن الاتفاق لم يكتمل بعد.

أعلنت منظمة الأمم المتحدة أن ١٢٠٠ شاحنة دخلت قطاع غزة خلال الأسبوع الماضي، ودعا الأمين العام أنطونيو غوتيريش مجلس الأمن إلى التحرك. وفي القاهرة، قالت وزارة الخارجية المصرية إن الوزير بدر عبد العاطي سيزور باريس ولندن ﻻستكمال المشاورات مع الاتحاد الأوروبي.
`

// TestSideBySide runs every measurement once, each in a child process, on
// the sample text repeated to 20 kB, and checks that the report has every
// row and no impossible figure.
func TestSideBySide(t *testing.T) {
	input := filepath.Join(t.TempDir(), "sample.txt")
	if err := os.WriteFile(input, []byte(sample), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-input", input, "-mb", "0.02", "-repeat", "1"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	report := stdout.String()
	t.Log("\n" + report)
	for _, want := range []string{
		"Machine: ", "cores", "Input: sample.txt, ",
		"`normalize.Search` vs bleve `normalize_ar`", "`normalize.Lucene` vs bleve `normalize_ar`",
		"analyzer, Snowball stems", "analyzer, light stems",
		"analyzer peak memory, article by article", "analyzer peak memory, whole text as one document",
		"`stem/snowball` vs `snowballstem/arabic`", "`stem/light` vs bleve",
		"entity extraction (gazetteer and tagger) vs bleve", "entity extraction, gazetteer alone",
		"entity extraction peak memory", "gazetteer and model load and build",
	} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	for _, bad := range []string{"NaN", "Inf", "DIFFER"} {
		if strings.Contains(report, bad) {
			t.Errorf("report holds %q", bad)
		}
	}
	rows := 0
	for line := range strings.Lines(report) {
		if strings.HasPrefix(line, "| ") && strings.Count(line, " | ") == 4-1 {
			rows++
		}
	}
	if rows < 13 {
		t.Errorf("%d table rows, want at least 13 (the header and 12 comparisons)", rows)
	}
}

func TestLoadText(t *testing.T) {
	path := filepath.Join(t.TempDir(), "text.txt")
	if err := os.WriteFile(path, []byte("سطر أول\nسطر ثان\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		mb   float64
		want string
	}{
		{0, "سطر أول\nسطر ثان\n"},
		{57e-6, "سطر أول\nسطر ثان\n\nسطر أول\nسطر ثان\n"},
		{50e-6, "سطر أول\nسطر ثان\n\nسطر أول\n"},
		{20e-6, "سطر أول\n"}, // cut after the last line break within 20 bytes
	} {
		got, err := loadText(path, tc.mb)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != tc.want {
			t.Errorf("mb %g: got %q, want %q", tc.mb, got, tc.want)
		}
	}
	empty := filepath.Join(t.TempDir(), "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	if _, err := loadText(empty, 1); err == nil {
		t.Error("an empty file gave no error")
	}
	if _, err := loadText(filepath.Join(t.TempDir(), "absent.txt"), 1); err == nil {
		t.Error("an absent file gave no error")
	}
}

func TestBadInput(t *testing.T) {
	var stdout, stderr bytes.Buffer
	absent := filepath.Join(t.TempDir(), "absent.txt")
	if code := run([]string{"-input", absent}, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), "absent.txt") {
		t.Errorf("absent input: exit %d, stderr %q", code, stderr.String())
	}
	stderr.Reset()
	latin := filepath.Join(t.TempDir(), "latin.txt")
	os.WriteFile(latin, []byte("no Arabic here\n"), 0o644)
	if code := run([]string{"-input", latin}, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), "no Arabic words") {
		t.Errorf("text without Arabic: exit %d, stderr %q", code, stderr.String())
	}
	stderr.Reset()
	if code := run([]string{"-child", "no-such"}, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), "no measurement") {
		t.Errorf("unknown child: exit %d, stderr %q", code, stderr.String())
	}
}

func TestThousands(t *testing.T) {
	for v, want := range map[float64]string{0: "0", 999: "999", 1000: "1,000", 2309422: "2,309,422", -1234: "-1,234"} {
		if got := thousands(v); got != want {
			t.Errorf("thousands(%v) = %q, want %q", v, got, want)
		}
	}
}

func TestFigure(t *testing.T) {
	for v, want := range map[float64]string{524.4: "524 MB", 44.34: "44.3 MB", 5.034: "5.03 MB", 2: "2.00 MB", 0.5: "0.5 MB", 0.001234: "0.00123 MB", 0: "0 MB"} {
		if got := figure(v, "MB"); got != want {
			t.Errorf("figure(%v) = %q, want %q", v, got, want)
		}
	}
}
