package org.corpusstats.report.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Headless Chromium driven over the DevTools protocol with the JDK's own WebSocket client: no Selenium, no driver
 * or browser download, only Debian's {@code chromium} package. Records every console error, uncaught exception,
 * failed load and request the page makes.
 */
final class Chromium implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ENDPOINT = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  /** What the page did while loading. */
  record PageLog(List<String> consoleErrors, List<String> requests, List<String> failedLoads) {}

  private final Process process;
  private final List<String> stderr = new ArrayList<>();
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
  private String session;

  /** The browser on PATH, under the names Debian, Ubuntu and Google give it. */
  static Optional<Path> find() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  Chromium(Path binary, Path profile) throws Exception {
    process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--user-data-dir=" + profile, "--remote-debugging-port=0",
        "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-sync",
        "--disable-component-update", "--mute-audio", "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    CompletableFuture<String> endpoint = new CompletableFuture<>();
    Thread reader = new Thread(() -> readErrors(endpoint), "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    String url;
    try {
      url = endpoint.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      process.destroyForcibly();
      throw new IllegalStateException("Chromium did not open its DevTools port; its output: " + stderr(), e);
    }
    socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url), new Listener())
        .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  /** Opens the page in a fresh tab of a fixed size and waits for its load event. */
  PageLog open(URI page, int width, int height) throws Exception {
    String target = call("Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
    session = call("Target.attachToTarget", Map.of("targetId", target, "flatten", true)).get("sessionId").asText();
    for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
      call(domain + ".enable", Map.of());
    }
    call("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1,
        "mobile", false));
    events.clear();
    call("Page.navigate", Map.of("url", page.toString()));
    List<JsonNode> seen = new ArrayList<>();
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (true) {
      JsonNode event = events.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (event == null) {
        throw new IllegalStateException("No load event from " + page + " within " + TIMEOUT);
      }
      seen.add(event);
      if ("Page.loadEventFired".equals(event.path("method").asText())) {
        break;
      }
    }
    evaluate("0"); // a round trip, so that events the load flushed are queued
    events.drainTo(seen);
    return log(seen);
  }

  /** Runs a script in the page and returns its value (JSON-serialisable results only). */
  JsonNode evaluate(String expression) throws Exception {
    JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
        "awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException("Script failed: " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /** The whole page, not only the viewport, as PNG. */
  void screenshot(Path file) throws Exception {
    JsonNode size = call("Page.getLayoutMetrics", Map.of()).path("cssContentSize");
    Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.path("width").asDouble(),
        "height", size.path("height").asDouble(), "scale", 1);
    JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
        "clip", clip));
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
  }

  String stderr() {
    synchronized (stderr) {
      return String.join("\n", stderr);
    }
  }

  @Override
  public void close() throws Exception {
    try {
      session = null;
      call("Browser.close", Map.of());
    } catch (Exception e) {
      // Closing anyway below.
    }
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static PageLog log(List<JsonNode> events) {
    List<String> errors = new ArrayList<>();
    List<String> requests = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (JsonNode event : events) {
      JsonNode params = event.path("params");
      switch (event.path("method").asText()) {
        case "Runtime.consoleAPICalled" -> {
          if (List.of("error", "assert").contains(params.path("type").asText())) {
            errors.add("console." + params.path("type").asText() + ": " + params.path("args"));
          }
        }
        case "Runtime.exceptionThrown" -> errors.add("exception: " + params.path("exceptionDetails"));
        case "Log.entryAdded" -> {
          if ("error".equals(params.path("entry").path("level").asText())) {
            errors.add(params.path("entry").path("text").asText() + " " + params.path("entry").path("url").asText());
          }
        }
        case "Network.requestWillBeSent" -> requests.add(params.path("request").path("url").asText());
        case "Network.loadingFailed" -> failed.add(params.path("errorText").asText() + " (request "
            + params.path("requestId").asText() + ")");
        default -> { }
      }
    }
    return new PageLog(errors, requests, failed);
  }

  private JsonNode call(String method, Map<String, Object> params) throws Exception {
    int id = ids.incrementAndGet();
    Map<String, Object> message = new java.util.LinkedHashMap<>(Map.of("id", id, "method", method, "params", params));
    if (session != null) {
      message.put("sessionId", session);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (answer.has("error")) {
      throw new IllegalStateException(method + " failed: " + answer.get("error"));
    }
    return answer.path("result");
  }

  private void readErrors(CompletableFuture<String> endpoint) {
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        synchronized (stderr) {
          stderr.add(line);
        }
        Matcher m = ENDPOINT.matcher(line);
        if (m.find()) {
          endpoint.complete(m.group(1));
        }
      }
    } catch (IOException e) {
      endpoint.completeExceptionally(e);
    }
    endpoint.completeExceptionally(new IllegalStateException("Chromium exited"));
  }

  /** Replies complete their call; everything else is an event. Messages may arrive in several frames. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          JsonNode message = JSON.readTree(partial.toString());
          if (message.has("id")) {
            CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
            if (reply != null) {
              reply.complete(message);
            }
          } else {
            events.add(message);
          }
        } catch (IOException e) {
          events.add(JSON.createObjectNode().put("method", "unparsable").put("text", partial.toString()));
        }
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }
  }
}
