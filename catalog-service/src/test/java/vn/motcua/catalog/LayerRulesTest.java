package vn.motcua.catalog;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.motcua.testing.LayerRules;

/** The package layout of docs/STYLE.md, one test per rule of {@link LayerRules}. */
class LayerRulesTest {
    @TestFactory
    Stream<DynamicTest> layersDependOnlyAsTheLayoutAllows() {
        return LayerRules.of("vn.motcua.catalog");
    }
}
