module github.com/qalam-nlp/qalam/examples/serve/e2e

go 1.26.0

require (
	github.com/chromedp/cdproto v0.160.1
	github.com/chromedp/chromedp v0.23.1
	github.com/qalam-nlp/qalam v0.0.0
)

require github.com/go-json-experiment/json v0.0.0-20260213210345-44df1a37e875 // indirect

replace github.com/qalam-nlp/qalam => ../../..
