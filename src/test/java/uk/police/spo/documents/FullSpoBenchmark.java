package uk.police.spo.documents;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to render a full SPO, every victim-detail check included, and documents per second on two threads
 * sharing the one renderer. Not part of the test suite; run it with the command in docs/documents.md.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class FullSpoBenchmark {

    private DocumentRenderer renderer;
    private SpoOrderData order;

    @Setup
    public void renderer() {
        renderer = new DocumentRenderer();
        order = DocumentSamples.fullOrder();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Threads(1)
    public byte[] millisecondsPerFullSpo() {
        return renderer.render(order, DocumentSamples.VICTIM).pdf();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public byte[] fullSposPerSecondOnTwoThreads() {
        return renderer.render(order, DocumentSamples.VICTIM).pdf();
    }
}
