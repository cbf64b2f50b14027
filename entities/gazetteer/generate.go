package gazetteer

//go:generate go run ./internal/gencountries -o data/countries.txt
