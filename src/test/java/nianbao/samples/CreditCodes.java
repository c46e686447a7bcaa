package nianbao.samples;

import java.util.Random;

/** Plausible 统一社会信用代码 of 湛河区 government bodies (机关, region 410411), with a valid check character. */
final class CreditCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodes() {
    }

    static String next(Random random) {
        StringBuilder code = new StringBuilder("11410411");
        code.append("00");
        for (int i = 0; i < 7; i++) {
            code.append(random.nextInt(10));
        }
        return code.append(check(code)).toString();
    }

    /** The 18th character of GB 32100-2015. */
    static char check(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
