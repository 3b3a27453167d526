package jlua.ast;

import java.util.List;

/**
 * A function body: parameters, whether it takes {@code ...}, and its block. {@code line} is where the
 * definition starts ({@code linedefined}), {@code endLine} the line of its closing {@code end}
 * ({@code lastlinedefined}); the main chunk has line 0.
 */
public record FuncBody(List<String> params, boolean isVararg, Block body, int line, int endLine) {}
