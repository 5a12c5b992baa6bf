package io.casevault.domain.understanding;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** The check-digit rules of bank card numbers (Luhn) and mainland resident ID numbers (ISO 7064 MOD 11-2). */
final class CheckDigits {
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] ID_CHECK = "10X98765432".toCharArray();
    private static final Pattern RESIDENT_ID_FORM = Pattern.compile("\\d{17}[\\dXx]");

    private CheckDigits() {
    }

    /** True when the digits pass the Luhn check (every second digit from the right doubled). */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return !digits.isEmpty() && sum % 10 == 0;
    }

    /** The check character (0–9 or X) that completes the first 17 digits of a resident ID number. */
    static char residentIdCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK[sum % 11];
    }

    /**
     * True for an 18-character resident ID number whose check character is right and whose birth date (characters
     * 7–14) is a real day between 1900 and 2100; a number that fails either is not an ID number.
     */
    static boolean residentId(String id) {
        if (!RESIDENT_ID_FORM.matcher(id).matches()) {
            return false;
        }
        try {
            int year = Integer.parseInt(id.substring(6, 10));
            if (year < 1900 || year > 2100) {
                return false;
            }
            LocalDate.of(year, Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            return false;
        }
        return Character.toUpperCase(id.charAt(17)) == residentIdCheck(id.substring(0, 17));
    }
}
