// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSportsClubs: in a match report a city that names a club is the
// club; elsewhere it is the city.
func TestSportsClubs(t *testing.T) {
	x, err := Default()
	require.NoError(t, err)
	report := "فاز فالنسيا بهدفين في مباراة الدوري، وقال المدرب إن اللاعب سجل الهدف الثاني في الشوط الأول."
	assert.Contains(t, brief(x.Extract(report)), "فالنسيا/ORGANIZATION/valencia-cf")
	travel := "وصل الوزير إلى فالنسيا في زيارة رسمية."
	assert.Equal(t, []string{"فالنسيا/LOCATION/valencia-es"}, brief(x.Extract(travel)))
}
