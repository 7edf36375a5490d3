package dev.newsimpact.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedRunnerTest {

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void resultsComeInItemOrderWhenLaterItemsFinishFirst() throws InterruptedException {
    List<Integer> seen = new ArrayList<>();
    new OrderedRunner(4).run(IntStream.range(0, 40).boxed().iterator(), i -> {
      sleep((40 - i) % 7 * 3L);
      return i * 10;
    }, result -> seen.add(result));
    assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 40).map(i -> i * 10).boxed().toList());
  }

  @Test
  void noMoreThanTheWindowIsTakenAheadOfTheConsumer() throws InterruptedException {
    AtomicInteger taken = new AtomicInteger();
    AtomicInteger consumed = new AtomicInteger();
    AtomicInteger maxAhead = new AtomicInteger();
    Iterator<Integer> items = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return taken.get() < 200;
      }

      @Override
      public Integer next() {
        maxAhead.accumulateAndGet(taken.incrementAndGet() - consumed.get(), Math::max);
        return taken.get();
      }
    };
    new OrderedRunner(3, 5).run(items, i -> i, i -> consumed.incrementAndGet() > 0);
    assertThat(consumed.get()).isEqualTo(200);
    assertThat(maxAhead.get()).isLessThanOrEqualTo(5);
  }

  @Test
  void aConsumerThatSaysNoStopsTheRunAndTheEndlessInputWithIt() throws InterruptedException {
    Iterator<Integer> endless = IntStream.iterate(0, i -> i + 1).boxed().iterator();
    List<Integer> seen = new ArrayList<>();
    new OrderedRunner(2).run(endless, i -> i, i -> seen.add(i) && seen.size() < 3);
    assertThat(seen).containsExactly(0, 1, 2);
  }

  @Test
  void stopFromAnotherThreadEndsTheRunBetweenResults() throws InterruptedException {
    OrderedRunner runner = new OrderedRunner(2);
    Iterator<Integer> endless = IntStream.iterate(0, i -> i + 1).boxed().iterator();
    List<Integer> seen = new ArrayList<>();
    Thread stopper = new Thread(() -> {
      sleep(200);
      runner.stop();
    });
    stopper.start();
    long start = System.nanoTime();
    runner.run(endless, i -> {
      sleep(10);
      return i;
    }, seen::add);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3_000);
    assertThat(seen).isNotEmpty().isEqualTo(IntStream.range(0, seen.size()).boxed().toList());
    stopper.join();
  }

  @Test
  void anExceptionInTheWorkIsRethrownToTheCaller() {
    assertThatThrownBy(() -> new OrderedRunner(2).run(List.of(1, 2, 3).iterator(), i -> {
      if (i == 2) {
        throw new IllegalStateException("bad item");
      }
      return i;
    }, i -> true)).isInstanceOf(IllegalStateException.class).hasMessage("bad item");
  }
}
