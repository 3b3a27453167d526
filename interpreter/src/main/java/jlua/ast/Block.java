package jlua.ast;

import java.util.List;

/** A sequence of statements; {@code endLine} is the line of the token that closes the block. */
public record Block(List<Stat> stats, int endLine) {}
