package org.corpusstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.corpusstats.input.InputException;
import org.junit.jupiter.api.Test;

final class ErrorHandlerTest {

  @Test
  void anUnexpectedFailureWithAPageLongMessageGivesOneShortLine() {
    String stack = "Task not serializable\n" + "\t- object (class java.util.ArrayList, [" + "x".repeat(100_000)
        + "])\n\t- element of array (index: 0)";

    String message = ErrorHandler.message(new IllegalStateException(stack));

    assertThat(message).doesNotContain("\n").hasSizeLessThan(400)
        .startsWith("failed: java.lang.IllegalStateException: Task not serializable")
        .endsWith("run again with --verbose for details");
  }

  @Test
  void aLongSingleLineMessageIsCutWithAnEllipsis() {
    String message = ErrorHandler.message(new RuntimeException("y".repeat(5_000)));

    assertThat(message).contains("yyy...;").hasSizeLessThan(400);
  }

  @Test
  void inputErrorsKeepTheirWholeMessage() {
    String text = "chapter.txt: this is a binary file (PDF); save it as plain text (.txt) and run again";

    assertThat(ErrorHandler.message(new InputException(text))).isEqualTo(text);
  }

  @Test
  void aLinkingFailureIsOneLineThatSaysWhatToDo() {
    String message = ErrorHandler.message(new org.corpusstats.link.LinkUnavailableException(
        "Wikipedia links: the WikiDict is not on the classpath; or run with --no-link", new IllegalStateException()));

    assertThat(message).doesNotContain("Exception").contains("--no-link");
    assertThat(ErrorHandler.exitCode(new org.corpusstats.link.LinkUnavailableException("x", null))).isEqualTo(1);
  }
}
