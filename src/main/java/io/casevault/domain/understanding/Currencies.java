package io.casevault.domain.understanding;

import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The currency markers payment screens print, after NFKC (so ￥ arrives as ¥). A bare "$" means US dollars and "¥"
 * yuan (the screens this reads are Chinese or international wallets, where ¥ is CNY; Japanese yen is written JP¥,
 * 円 or JPY). An ISO code beside a symbol is more specific and wins ({@code $125.00 CAD} is Canadian dollars).
 */
final class Currencies {
    /** Symbols and words, each with its ISO code. */
    private static final Map<String, String> MARKERS = new LinkedHashMap<>();
    /** ISO codes read as such; a whitelist, so that words such as TOP or ALL are not taken for currencies. */
    static final java.util.Set<String> CODES = java.util.Set.of("CNY", "RMB", "USD", "EUR", "HKD", "GBP", "JPY",
            "AUD", "CAD", "SGD", "TWD", "KRW", "CHF", "MOP", "THB", "MYR", "NZD", "INR", "RUB", "PHP", "VND", "IDR",
            "BRL");

    static {
        put("CNY", "¥", "元", "人民币", "RMB");
        put("USD", "$", "US$", "USD$", "美元");
        put("HKD", "HK$", "港币", "港元", "港幣");
        put("TWD", "NT$", "新台币", "新台幣");
        put("AUD", "A$", "AU$");
        put("CAD", "C$", "CA$");
        put("SGD", "S$", "SG$");
        put("EUR", "€", "欧元", "歐元");
        put("GBP", "£", "英镑", "英鎊");
        put("JPY", "JP¥", "円", "日元");
        put("KRW", "₩", "韩元");
        put("INR", "₹");
        put("BRL", "R$");
        for (String code : CODES) {
            MARKERS.putIfAbsent(code, "RMB".equals(code) ? "CNY" : code);
        }
    }

    /** Markers written before an amount: symbols and ISO codes, longest first so that HK$ wins over $. */
    static final String PREFIX_REGEX = regex(m -> !isCjk(m));
    /**
     * Markers written after an amount: ISO codes, Chinese words (元, 美元 …) and €. Other symbols are not read after a
     * number, so that in "¥1,250.00 ¥20.00" the second ¥ stays with the second amount.
     */
    static final String SUFFIX_REGEX = regex(m -> isCjk(m) || CODES.contains(m) || "€".equals(m));

    private Currencies() {
    }

    private static String regex(java.util.function.Predicate<String> which) {
        return MARKERS.keySet().stream().filter(which)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private static boolean isCjk(String marker) {
        return marker.codePoints().anyMatch(c -> Character.isIdeographic(c));
    }

    private static void put(String code, String... markers) {
        for (String m : markers) {
            MARKERS.put(m, code);
        }
    }

    static Optional<Currency> of(String marker) {
        if (marker == null) {
            return Optional.empty();
        }
        String code = MARKERS.get(marker.strip());
        return code == null ? Optional.empty() : Optional.of(Currency.getInstance(code));
    }

    /** True for a marker that names one currency exactly (an ISO code), rather than a symbol shared by several. */
    static boolean isCode(String marker) {
        return marker != null && CODES.contains(marker.strip());
    }

    /** The usual way to write the currency before an amount in a caption, e.g. ¥, US$ → $, else the ISO code. */
    static String symbol(Currency currency) {
        return switch (currency.getCurrencyCode()) {
            case "CNY" -> "¥";
            case "USD" -> "$";
            case "EUR" -> "€";
            case "GBP" -> "£";
            case "HKD" -> "HK$";
            case "JPY" -> "JP¥";
            default -> currency.getCurrencyCode() + " ";
        };
    }
}
