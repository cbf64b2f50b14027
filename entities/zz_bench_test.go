package entities
import ("os";"testing")
func BenchmarkZZ(b *testing.B) {
	data, _ := os.ReadFile("/tmp/ant2.txt")
	text := string(data)
	x, _ := Default()
	var buf []Mention
	for b.Loop() { buf = x.AppendMentions(buf[:0], text) }
}
