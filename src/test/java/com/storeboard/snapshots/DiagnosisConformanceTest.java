package com.storeboard.snapshots;


/** The conformance test (DATA.md §5.10, steps 4–6) on the default H2 database (in memory for tests). */
class DiagnosisConformanceTest extends DiagnosisConformance {
}
