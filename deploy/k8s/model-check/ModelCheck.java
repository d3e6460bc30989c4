import com.fasterxml.jackson.databind.*;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.File;
import java.lang.reflect.*;
import java.util.*;

/** Deserialises each rendered resource into the Strimzi (io.strimzi:api 0.49.1) or fabric8 7.4 model class of
 *  its kind and reports every field the model does not know (kept in additionalProperties). */
public class ModelCheck {
    static final Map<String, String> CLASSES = Map.ofEntries(
        Map.entry("Kafka", "io.strimzi.api.kafka.model.kafka.Kafka"),
        Map.entry("KafkaNodePool", "io.strimzi.api.kafka.model.nodepool.KafkaNodePool"),
        Map.entry("KafkaTopic", "io.strimzi.api.kafka.model.topic.KafkaTopic"),
        Map.entry("Deployment", "io.fabric8.kubernetes.api.model.apps.Deployment"),
        Map.entry("Service", "io.fabric8.kubernetes.api.model.Service"),
        Map.entry("ConfigMap", "io.fabric8.kubernetes.api.model.ConfigMap"),
        Map.entry("Secret", "io.fabric8.kubernetes.api.model.Secret"),
        Map.entry("Namespace", "io.fabric8.kubernetes.api.model.Namespace"),
        Map.entry("HorizontalPodAutoscaler", "io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler"),
        Map.entry("PodDisruptionBudget", "io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget"),
        Map.entry("NetworkPolicy", "io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy"),
        Map.entry("Ingress", "io.fabric8.kubernetes.api.model.networking.v1.Ingress"));
    static int problems = 0, checked = 0;

    public static void main(String[] args) throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        yaml.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        for (String file : args) {
            YAMLParser p = new YAMLFactory().createParser(new File(file));
            MappingIterator<ObjectNode> it = yaml.readValues(p, ObjectNode.class);
            while (it.hasNext()) {
                ObjectNode node = it.next();
                String kind = node.path("kind").asText();
                String cls = CLASSES.get(kind);
                String id = file + ": " + kind + "/" + node.path("metadata").path("name").asText();
                if (cls == null) { System.out.println("not checked (no model here): " + id); continue; }
                Object o;
                try { o = yaml.treeToValue(node, Class.forName(cls)); }
                catch (Exception e) { problems++; System.out.println("INVALID " + id + ": " + e.getMessage().split("\n")[0]); continue; }
                checked++;
                walk(o, id, Collections.newSetFromMap(new IdentityHashMap<>()));
            }
        }
        System.out.println(checked + " resources deserialised, " + problems + " problems");
        System.exit(problems == 0 ? 0 : 1);
    }

    static void walk(Object o, String path, Set<Object> seen) throws Exception {
        if (o == null || !seen.add(o)) return;
        if (o instanceof Collection<?> c) { int i = 0; for (Object e : c) walk(e, path + "[" + i++ + "]", seen); return; }
        if (o instanceof Map<?, ?> m) { for (var e : m.entrySet()) walk(e.getValue(), path + "." + e.getKey(), seen); return; }
        String pkg = o.getClass().getPackageName();
        if (!pkg.startsWith("io.strimzi") && !pkg.startsWith("io.fabric8")) return;
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || m.getDeclaringClass() == Object.class) continue;
            String n = m.getName();
            if (!(n.startsWith("get") || n.startsWith("is"))) continue;
            Object v;
            try { v = m.invoke(o); } catch (Exception e) { continue; }
            if (n.equals("getAdditionalProperties")) {
                if (v instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems++;
                    System.out.println("UNKNOWN FIELD(S) " + extra.keySet() + " at " + path + " (" + o.getClass().getSimpleName() + ")");
                }
                continue;
            }
            walk(v, path + "." + n.replaceFirst("^(get|is)", ""), seen);
        }
    }
}
