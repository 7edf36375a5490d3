package dev.newsimpact.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  @Test
  void byteOrderMarkWinsAndIsStripped() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
    assertThat(TextDecoder.decode(bytes, "windows-1251").text()).isEqualTo("hi");
  }

  @Test
  void httpDeclarationIsUsedForLegacyBytes() {
    String russian = "\u0410\u043a\u0446\u0438\u0438 \u0443\u043f\u0430\u043b\u0438 \u043d\u0430 5%.";
    byte[] bytes = russian.getBytes(Charset.forName("windows-1251"));

    assertThat(TextDecoder.decode(bytes, "windows-1251").text()).isEqualTo(russian);
  }

  @Test
  void undeclaredLegacyCyrillicIsDetected() {
    String russian = ("\u0410\u043a\u0446\u0438\u0438 \u043a\u043e\u043c\u043f\u0430\u043d\u0438\u0438 "
        + "\u0443\u043f\u0430\u043b\u0438 \u043d\u0430 \u043f\u044f\u0442\u044c \u043f\u0440\u043e\u0446\u0435\u043d\u0442\u043e\u0432 "
        + "\u043f\u043e\u0441\u043b\u0435 \u043e\u0442\u0447\u0435\u0442\u0430 \u043e \u043f\u0440\u0438\u0431\u044b\u043b\u0438. ").repeat(5);
    byte[] bytes = russian.getBytes(Charset.forName("windows-1251"));

    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, null);

    assertThat(decoded.text()).isEqualTo(russian);
  }

  @Test
  void undeclaredShiftJisIsDetected() {
    String japanese = "\u534a\u5c0e\u4f53\u682a\u304c\u5927\u5e45\u306b\u4e0b\u843d\u3057\u307e\u3057\u305f\u3002"
        + "\u65e5\u7d4c\u5e73\u5747\u682a\u4fa1\u306f\u4e00\u6642\uff15\uff05\u5b89\u3068\u306a\u308a\u307e\u3057\u305f\u3002";
    byte[] bytes = japanese.repeat(3).getBytes(Charset.forName("Shift_JIS"));

    assertThat(TextDecoder.decode(bytes, null).text()).isEqualTo(japanese.repeat(3));
  }

  @Test
  void utf8CutMidCharacterAtTheCapStillReadsAsUtf8() {
    byte[] whole = "Nestl\u00e9 \u2014 Z\u00fcrich \u20ac".getBytes(UTF_8);
    byte[] cut = Arrays.copyOf(whole, whole.length - 1);

    TextDecoder.Decoded decoded = TextDecoder.decode(cut, null);

    assertThat(decoded.charset()).isEqualTo(UTF_8);
    assertThat(decoded.text()).isEqualTo("Nestl\u00e9 \u2014 Z\u00fcrich ");
  }

  @Test
  void latin1LabelMeansWindows1252AsInBrowsers() {
    byte[] bytes = {'a', (byte) 0x93, 'q', (byte) 0x94};
    assertThat(TextDecoder.decode(bytes, "ISO-8859-1").text()).isEqualTo("a\u201cq\u201d");
  }
}
