package dev.evtlint.groundtruth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void numbersCompareByValueAndLettersWithoutCase() {
        List<String> names = List.of("trg_10", "Zz_block", "trg_2", "audit", "trg_1");
        assertEquals(List.of("audit", "trg_1", "trg_2", "trg_10", "Zz_block"),
                names.stream().sorted(NaturalOrder.INSTANCE).toList());
    }

    @Test
    void zeroPaddedNumbersKeepTheirOrder() {
        assertEquals(List.of("trg_01", "trg_02", "trg_10"),
                List.of("trg_10", "trg_02", "trg_01").stream().sorted(NaturalOrder.INSTANCE).toList());
    }
}
