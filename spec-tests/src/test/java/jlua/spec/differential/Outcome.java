package jlua.spec.differential;

/** What one interpreter did with one program: exit status and the raw bytes of both output streams. */
record Outcome(int exitStatus, byte[] stdout, byte[] stderr, boolean timedOut) {}
