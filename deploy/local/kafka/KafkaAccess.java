import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialDeletion;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Brings the local broker's principals, topics and ACLs to what the ACL files say, idempotently
 * (run by kafka.sh on every start, as the admin principal):
 *
 * <ul>
 *   <li>every literal topic an ACL names exists;
 *   <li>every principal has its SCRAM-SHA-512 credential (local password {@code
 *       <principal>-local-secret}); credentials of principals no longer listed are deleted, except
 *       the super users';
 *   <li>the broker holds exactly the listed ACLs: missing ones are added, others removed.
 * </ul>
 *
 * <p>Usage: {@code java -cp 'lib/*' KafkaAccess.java BOOTSTRAP ADMIN_USER ADMIN_PASSWORD
 * SUPER_USERS FILE...} where SUPER_USERS is a comma-separated list of user names.
 */
public class KafkaAccess {

  record Line(String principal, Set<AclOperation> operations, ResourcePattern resource) {}

  public static void main(String[] args) throws Exception {
    if (args.length < 5) {
      System.err.println("usage: KafkaAccess BOOTSTRAP ADMIN_USER ADMIN_PASSWORD SUPER_USERS FILE...");
      System.exit(2);
    }
    Set<String> superUsers = Set.of(args[3].split(","));
    List<Line> lines = new ArrayList<>();
    for (int i = 4; i < args.length; i++) {
      lines.addAll(parse(Path.of(args[i])));
    }
    Map<String, Object> props = new HashMap<>();
    props.put("bootstrap.servers", args[0]);
    props.put("security.protocol", "SASL_PLAINTEXT");
    props.put("sasl.mechanism", "SCRAM-SHA-512");
    props.put(
        "sasl.jaas.config",
        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
            + args[1]
            + "\" password=\""
            + args[2]
            + "\";");
    props.put("client.id", "kap-access");
    props.put("default.api.timeout.ms", 60_000);
    try (Admin admin = Admin.create(props)) {
      topics(admin, lines);
      credentials(admin, lines, superUsers);
      acls(admin, lines);
    }
  }

  static List<Line> parse(Path file) throws Exception {
    List<Line> lines = new ArrayList<>();
    int number = 0;
    for (String raw : Files.readAllLines(file)) {
      number++;
      String text = raw.replaceFirst("#.*", "").strip();
      if (text.isEmpty()) {
        continue;
      }
      String[] f = text.split("\\s+");
      if (f.length != 5) {
        throw new IllegalArgumentException(file + ":" + number + ": expected 5 columns: " + raw);
      }
      Set<AclOperation> operations = new LinkedHashSet<>();
      for (String op : f[1].split(",")) {
        operations.add(AclOperation.valueOf(op.toUpperCase(Locale.ROOT)));
      }
      ResourceType type = ResourceType.valueOf(f[2].toUpperCase(Locale.ROOT));
      PatternType pattern = PatternType.valueOf(f[3].toUpperCase(Locale.ROOT));
      lines.add(new Line(f[0], operations, new ResourcePattern(type, f[4], pattern)));
    }
    return lines;
  }

  static void topics(Admin admin, List<Line> lines) throws Exception {
    Set<String> wanted = new LinkedHashSet<>();
    for (Line line : lines) {
      ResourcePattern r = line.resource();
      if (r.resourceType() == ResourceType.TOPIC
          && r.patternType() == PatternType.LITERAL
          && !r.name().equals(ResourcePattern.WILDCARD_RESOURCE)) {
        wanted.add(r.name());
      }
    }
    Set<String> existing = admin.listTopics().names().get();
    List<NewTopic> missing = new ArrayList<>();
    for (String topic : wanted) {
      if (!existing.contains(topic)) {
        missing.add(new NewTopic(topic, Optional.empty(), Optional.empty()));
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    try {
      admin.createTopics(missing).all().get();
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
    }
    System.out.println("[kap] created topics " + missing.stream().map(NewTopic::name).toList());
  }

  static void credentials(Admin admin, List<Line> lines, Set<String> superUsers) throws Exception {
    Set<String> principals = new LinkedHashSet<>();
    lines.forEach(line -> principals.add(line.principal()));
    ScramCredentialInfo info = new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192);
    List<UserScramCredentialAlteration> changes = new ArrayList<>();
    for (String principal : principals) {
      changes.add(new UserScramCredentialUpsertion(principal, info, principal + "-local-secret"));
    }
    for (String user : admin.describeUserScramCredentials().users().get()) {
      if (!principals.contains(user) && !superUsers.contains(user)) {
        changes.add(new UserScramCredentialDeletion(user, ScramMechanism.SCRAM_SHA_512));
        System.out.println("[kap] removing the credential of " + user);
      }
    }
    admin.alterUserScramCredentials(changes).all().get();
  }

  static void acls(Admin admin, List<Line> lines) throws Exception {
    Set<AclBinding> wanted = new LinkedHashSet<>();
    for (Line line : lines) {
      for (AclOperation op : line.operations()) {
        wanted.add(
            new AclBinding(
                line.resource(),
                new AccessControlEntry(
                    "User:" + line.principal(), "*", op, AclPermissionType.ALLOW)));
      }
    }
    Set<AclBinding> existing = new HashSet<>(admin.describeAcls(AclBindingFilter.ANY).values().get());
    List<AclBinding> add = wanted.stream().filter(b -> !existing.contains(b)).toList();
    List<AclBindingFilter> remove =
        existing.stream().filter(b -> !wanted.contains(b)).map(AclBinding::toFilter).toList();
    if (!remove.isEmpty()) {
      admin.deleteAcls(remove).all().get();
    }
    if (!add.isEmpty()) {
      admin.createAcls(add).all().get();
    }
    Map<String, Integer> perPrincipal = new LinkedHashMap<>();
    wanted.forEach(b -> perPrincipal.merge(b.entry().principal(), 1, Integer::sum));
    System.out.println(
        "[kap] Kafka ACLs: "
            + perPrincipal
            + " (added "
            + add.size()
            + ", removed "
            + remove.size()
            + ")");
  }
}
