/**
 * Executable nodes: {@link org.weft.python.nodes.StmtNode} (returns a completion status),
 * {@link org.weft.python.nodes.ExprNode}, {@link org.weft.python.nodes.TargetNode}, and the
 * {@link org.weft.python.nodes.Frame} they run on. Subpackages by role: {@code local} (names),
 * {@code expression}, {@code controlflow}, {@code function} (def, class, comprehensions) and
 * {@code generator} (resumable variants used inside generators). Depends on {@code runtime}.
 */
package org.weft.python.nodes;
