package org.weft.python.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.weft.python.ast.AstDump;
import org.weft.python.ast.Mod;
import org.weft.python.ast.PositionDump;

/**
 * The parser against CPython 3.11 on two corpora whose expectations CPython itself wrote
 * ({@code src/test/resources/parser/generate_expected.py}): trees of good snippets compared as
 * {@code ast.dump} text, and reports of bad snippets compared as {@code traceback} text.
 */
@DisplayName("The parser agrees with CPython 3.11")
class ParserCorpusTest {

    @TestFactory
    @DisplayName("on the tree of every good snippet")
    List<DynamicTest> goodSnippets() throws IOException {
        Map<String, String> snippets = Corpus.read("good.corpus", true);
        Map<String, String> expected = Corpus.read("good.expected", false);
        List<DynamicTest> tests = new ArrayList<>();
        snippets.forEach((name, src) -> tests.add(DynamicTest.dynamicTest(name, () -> {
            String actual;
            try {
                actual = AstDump.dump(Parser.parse(src, "<string>", Mode.EXEC));
            } catch (SyntaxErrorException e) {
                actual = ErrorReport.format(e);
            }
            assertEquals(expected.get(name), actual, name);
        })));
        return tests;
    }

    @TestFactory
    @DisplayName("on the position of every node of every ASCII snippet")
    List<DynamicTest> positions() throws IOException {
        Map<String, String> snippets = Corpus.read("good.corpus", true);
        Map<String, String> expected = Corpus.read("good.positions", false);
        List<DynamicTest> tests = new ArrayList<>();
        expected.forEach((name, positions) -> tests.add(DynamicTest.dynamicTest(name, () -> {
            Mod tree = Parser.parse(snippets.get(name), "<string>", Mode.EXEC);
            assertEquals(positions, PositionDump.dump(tree), name);
        })));
        return tests;
    }

    @TestFactory
    @DisplayName("on the error report of every bad snippet")
    List<DynamicTest> badSnippets() throws IOException {
        Map<String, String> snippets = Corpus.read("bad.corpus", true);
        Map<String, String> expected = Corpus.read("bad.expected", false);
        List<DynamicTest> tests = new ArrayList<>();
        snippets.forEach((name, src) -> tests.add(DynamicTest.dynamicTest(name, () -> {
            try {
                Parser.parse(src, "<string>", Mode.EXEC);
                fail("no SyntaxError for " + name);
            } catch (SyntaxErrorException e) {
                assertEquals(expected.get(name), ErrorReport.format(e), name);
            }
        })));
        return tests;
    }
}
