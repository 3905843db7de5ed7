package dev.goalpost.rules.monetization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CurrencyCodesTest {

    @Test
    void activeCodesAreAccepted() {
        assertThat(CurrencyCodes.isActive("USD")).isTrue();
        assertThat(CurrencyCodes.isActive("EUR")).isTrue();
        assertThat(CurrencyCodes.isActive("JPY")).isTrue();
        assertThat(CurrencyCodes.isActive("VES")).isTrue();
        assertThat(CurrencyCodes.isActive("ZWG")).isTrue();
    }

    @Test
    void withdrawnAndMadeUpCodesAreRefused() {
        assertThat(CurrencyCodes.isActive("DEM")).isFalse();
        assertThat(CurrencyCodes.isActive("HRK")).isFalse();
        assertThat(CurrencyCodes.isActive("VEF")).isFalse();
        assertThat(CurrencyCodes.isActive("XYZ")).isFalse();
        assertThat(CurrencyCodes.isActive("usd")).isFalse();
    }

    @Test
    void aLowerCaseCodeSuggestsItsUpperCaseForm() {
        assertThat(CurrencyCodes.suggestion("usd")).isEqualTo("USD");
        assertThat(CurrencyCodes.suggestion("dem")).isNull();
    }
}
