package dev.goalpost.rules.monetization;

import java.util.Locale;
import java.util.Set;

/**
 * The active ISO 4217 currency codes (list one, as of 2025): national currencies, fund codes, precious metals and
 * the special codes {@code XDR}, {@code XSU}, {@code XUA}, {@code XTS}, {@code XXX}. {@code ANG} stays while it
 * is being replaced by {@code XCG}. Embedded rather than read from {@link java.util.Currency}, which also knows
 * withdrawn codes ({@code DEM}, {@code FRF}, {@code HRK}, …) and changes with the JDK.
 */
final class CurrencyCodes {

    private static final Set<String> ACTIVE = Set.of((""
            + "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN "
            + "BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP "
            + "GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF "
            + "KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR "
            + "MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK "
            + "SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU "
            + "UYW UZS VED VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XTS XUA XXX "
            + "YER ZAR ZMW ZWG").split(" "));

    private CurrencyCodes() {}

    static boolean isActive(String code) {
        return ACTIVE.contains(code);
    }

    /** The code a near miss stands for ({@code usd} → {@code USD}), or null. */
    static String suggestion(String text) {
        String upper = text.strip().toUpperCase(Locale.ROOT);
        return ACTIVE.contains(upper) ? upper : null;
    }
}
