package eu.dsrportal.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The run command (the README's first line, profile {@code run}) opens nothing but the portal's
 * HTTP port to other machines: its MariaDB (password-less root) and Payara's data grid listen on
 * loopback. Shown on a running instance by {@code src/test/run/restart-keeps-data.sh}, which looks
 * at the listening sockets; this test keeps the settings that make it so.
 */
class RunCommandTest {

  private static String runProfile() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    int start = pom.indexOf("<id>run</id>");
    return pom.substring(start, pom.indexOf("</profile>", start));
  }

  @Test
  void theRunCommandsDatabaseListensOnLoopbackOnly() throws IOException {
    assertThat(runProfile()).contains("<arg>--bind-address=127.0.0.1</arg>");
  }

  @Test
  void theRunCommandsDataGridListensOnLoopbackOnly() throws IOException {
    String run = runProfile();
    // with --nocluster Payara Micro ignores its --interfaces option: the interface is set before
    // boot
    assertThat(run)
        .contains("-Dhazelcast.socket.bind.any=false")
        .contains(
            "<key>--prebootcommandfile</key><value>${project.build.directory}/pre-boot-dev.asadmin")
        .contains("files=\"pre-boot-commands.asadmin,pre-boot-dev.asadmin\"");
    assertThat(Files.readAllLines(Path.of("config/payara/pre-boot-dev.asadmin")))
        .contains("set hazelcast-runtime-configuration.interface=127.0.0.1");
  }
}
