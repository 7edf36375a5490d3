package dev.newsimpact.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinearModelTest {

  private final LinearModel model = new LinearModel(Map.of(
      "bias", new double[] {0.1, -0.2, 0.3},
      "NR:+:d1", new double[] {2.0, -1.0, -1.0}));

  @Test
  void writesSortedFourDecimalLinesAndReadsThemBack() throws IOException {
    StringWriter out = new StringWriter();
    model.write(out, "test model");
    assertThat(out.toString()).isEqualTo("# test model\nlabels\tpositive\tnegative\tneutral\n"
        + "NR:+:d1\t2.0000\t-1.0000\t-1.0000\nbias\t0.1000\t-0.2000\t0.3000\n");
    LinearModel back = LinearModel.read(
        new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
    assertThat(back.probabilities(List.of("bias", "NR:+:d1")))
        .containsExactly(model.probabilities(List.of("bias", "NR:+:d1")), within(1e-12));
  }

  @Test
  void probabilitiesFollowTheWeightsAndSumToOne() {
    double[] p = model.probabilities(List.of("bias", "NR:+:d1", "unknown"));
    assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, within(1e-12));
    assertThat(p[0]).isGreaterThan(p[2]).isGreaterThan(0.5);
    assertThat(LinearModel.format(-0.00001)).isEqualTo("0.0000");
  }

  @Test
  void rejectsAModelWithOtherLabels() {
    String text = "labels\tneutral\tpositive\tnegative\n";
    assertThatThrownBy(() -> LinearModel.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IOException.class).hasMessageContaining("labels");
  }
}
