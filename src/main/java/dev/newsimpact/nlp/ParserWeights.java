package dev.newsimpact.nlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.TreebankLanguagePack;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The numbers of CoreNLP's neural dependency parser model, in CoreNLP's layout: the vocabularies
 * (words, tags, labels; ids run on from one to the next), the embeddings, the hidden layer's weights
 * and bias, the output layer's weights, and the inputs whose first-layer vectors CoreNLP keeps in
 * double precision. {@link #of} takes them from a parser CoreNLP loaded; {@link #write} and {@link
 * #read} keep them in a binary file, which loads in a fraction of the time of CoreNLP's text model.
 *
 * @param treebankPack the model's treebank language pack, which the transition system keeps
 */
record ParserWeights(
    List<String> words,
    List<String> tags,
    List<String> labels,
    float[][] embeddings,
    float[][] hiddenWeights,
    float[] hiddenBias,
    float[][] outputWeights,
    int[] precomputed,
    TreebankLanguagePack treebankPack) {

  static final String UNKNOWN = Config.UNKNOWN;

  private static final long MAGIC = 0x4E49_5041_5253_4552L; // "NIPARSER"
  private static final int FORMAT = 1;

  ParserWeights {
    words = List.copyOf(words);
    tags = List.copyOf(tags);
    labels = List.copyOf(labels);
    int ids = words.size() + tags.size() + labels.size();
    int hidden = hiddenBias.length;
    if (embeddings.length != ids || hiddenWeights.length != hidden || outputWeights.length == 0
        || outputWeights[0].length != hidden || labels.isEmpty()
        || !words.contains(UNKNOWN) || !tags.contains(UNKNOWN)) {
      throw new IllegalArgumentException("inconsistent parser model");
    }
  }

  /**
   * The weights of a parser CoreNLP loaded, read from its private fields (CoreNLP offers no other
   * way). Only the Universal Dependencies English model is supported, CoreNLP's default.
   *
   * @throws ReflectiveOperationException when this CoreNLP version keeps them otherwise
   */
  static ParserWeights of(DependencyParser parser) throws ReflectiveOperationException {
    Language language = field(parser, "language", Language.class);
    if (language != Language.UniversalEnglish) {
      throw new IllegalArgumentException("unsupported parser language " + language);
    }
    Classifier classifier = field(parser, "classifier", Classifier.class);
    Config config = field(parser, "config", Config.class);
    List<?> listed = field(parser, "preComputed", List.class);
    // The classifier doubles the first numPreComputed inputs of the model's list; CoreNLP's default
    // for that number, not the loaded parser's, is what a default load uses.
    int count = Math.min(listed.size(), new Config(new Properties()).numPreComputed);
    int[] precomputed = new int[count];
    for (int i = 0; i < count; i++) {
      precomputed[i] = (Integer) listed.get(i);
    }
    return new ParserWeights(strings(field(parser, "knownWords", List.class)),
        strings(field(parser, "knownPos", List.class)),
        strings(field(parser, "knownLabels", List.class)),
        classifier.getE(), classifier.getW1(), classifier.getb1(), classifier.getW2(), precomputed,
        config.tlp);
  }

  /** Writes the weights to the cache file {@code name}, stamped with {@code stamp}. */
  void write(ModelCache cache, String name, String stamp) throws IOException {
    cache.write(name, stamp, raw -> {
      DataOutputStream out = new DataOutputStream(raw);
      out.writeLong(MAGIC);
      out.writeInt(FORMAT);
      writeString(out, treebankPack.getClass().getName());
      writeStrings(out, words);
      writeStrings(out, tags);
      writeStrings(out, labels);
      writeMatrix(out, embeddings);
      writeMatrix(out, hiddenWeights);
      writeMatrix(out, new float[][] {hiddenBias});
      writeMatrix(out, outputWeights);
      out.writeInt(precomputed.length);
      for (int key : precomputed) {
        out.writeInt(key);
      }
      out.flush();
    });
  }

  /**
   * The weights {@link #write} wrote to the cache file {@code name} with the same {@code stamp}.
   *
   * @throws IOException when the file is missing, stale, damaged or of another format
   */
  static ParserWeights read(ModelCache cache, String name, String stamp) throws IOException {
    ByteBuffer in = cache.read(name, stamp).bytes();
    try {
      if (in.getLong() != MAGIC || in.getInt() != FORMAT) {
        throw new IOException("another format");
      }
      TreebankLanguagePack pack = (TreebankLanguagePack) Class.forName(readString(in))
          .getDeclaredConstructor().newInstance();
      List<String> words = readStrings(in);
      List<String> tags = readStrings(in);
      List<String> labels = readStrings(in);
      float[][] embeddings = readMatrix(in);
      float[][] hiddenWeights = readMatrix(in);
      float[] hiddenBias = readMatrix(in)[0];
      float[][] outputWeights = readMatrix(in);
      int[] precomputed = new int[in.getInt()];
      in.asIntBuffer().get(precomputed);
      return new ParserWeights(words, tags, labels, embeddings, hiddenWeights, hiddenBias,
          outputWeights, precomputed, pack);
    } catch (RuntimeException | ReflectiveOperationException e) {
      throw new IOException("unreadable parser weights " + name + ": " + e, e);
    }
  }

  private static void writeString(DataOutputStream out, String value) throws IOException {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    if (!new String(bytes, StandardCharsets.UTF_8).equals(value)) {
      throw new IOException("not representable in UTF-8: " + value);
    }
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(ByteBuffer in) {
    byte[] bytes = new byte[in.getInt()];
    in.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
    out.writeInt(values.size());
    for (String value : values) {
      writeString(out, value);
    }
  }

  private static List<String> readStrings(ByteBuffer in) {
    int size = in.getInt();
    List<String> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(readString(in));
    }
    return values;
  }

  private static void writeMatrix(DataOutputStream out, float[][] matrix) throws IOException {
    out.writeInt(matrix.length);
    out.writeInt(matrix[0].length);
    ByteBuffer row = ByteBuffer.allocate(matrix[0].length * Float.BYTES);
    for (float[] values : matrix) {
      if (values.length != matrix[0].length) {
        throw new IOException("ragged matrix");
      }
      row.clear();
      row.asFloatBuffer().put(values);
      out.write(row.array());
    }
  }

  private static float[][] readMatrix(ByteBuffer in) {
    float[][] matrix = new float[in.getInt()][in.getInt()];
    for (float[] row : matrix) {
      in.asFloatBuffer().get(row);
      in.position(in.position() + row.length * Float.BYTES);
    }
    return matrix;
  }

  private static List<String> strings(List<?> values) {
    List<String> strings = new ArrayList<>(values.size());
    for (Object value : values) {
      strings.add((String) value);
    }
    return strings;
  }

  private static <T> T field(Object owner, String name, Class<T> type)
      throws ReflectiveOperationException {
    Field field = owner.getClass().getDeclaredField(name);
    field.setAccessible(true);
    return type.cast(field.get(owner));
  }
}
