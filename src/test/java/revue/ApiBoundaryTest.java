package revue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library's public surface is package {@code revue} alone, and the pipeline's packages depend
 * on each other in one direction. What a user on the module path can reach is what the module
 * descriptor exports; what a user on the class path can reach through the API is what the API's
 * signatures name. Both are checked here, from the compiled classes and the sources.
 */
class ApiBoundaryTest {

  private static final Path CLASSES = Path.of("target", "classes");
  private static final Path SOURCES = Path.of("src", "main", "java", "revue");

  @Test
  void moduleExportsPackageRevueAlone() throws IOException {
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }
    assertEquals("revue", module.name());
    Set<String> exports =
        module.exports().stream()
            .map(e -> e.source() + (e.isQualified() ? " to " + e.targets() : ""))
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of("revue"), exports, "exported packages");
    assertEquals(Set.of(), module.opens(), "packages opened to reflection");
  }

  @Test
  void apiSignaturesNameOnlyApiAndJdkTypes() throws Exception {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : apiTypes()) {
      for (Type t : signatureTypes(type)) {
        for (Class<?> named : namedClasses(t)) {
          if (!isApiOrJdk(named)) {
            leaks.add(type.getName() + " names " + named.getName());
          }
        }
      }
    }
    assertEquals(List.of(), leaks.stream().distinct().sorted().toList());
  }

  @Test
  void apiHasTheTypesAnEmbeddingToolNeeds() throws Exception {
    Set<String> names = apiTypes().stream().map(Class::getSimpleName).collect(Collectors.toSet());
    for (String needed :
        List.of(
            "Revue",
            "Options",
            "Builder",
            "SearchRequest",
            "SearchResults",
            "Hit",
            "FacetCounts",
            "Filter",
            "IndexReport",
            "RunReport",
            "IndexStats",
            "RevueException",
            "InvalidInputException",
            "IndexLockedException")) {
      assertTrue(names.contains(needed), needed + " is API: " + names);
    }
  }

  @Test
  void ingestDoesNotUseLucene() throws IOException {
    assertEquals(List.of(), filesMentioning(SOURCES.resolve("ingest"), "org.apache.lucene"));
  }

  @Test
  void indexDoesNotUseSearch() throws IOException {
    assertEquals(List.of(), filesMentioning(SOURCES.resolve("index"), "revue.search."));
  }

  @Test
  void earlierStagesDoNotReachLaterOnes() throws IOException {
    for (String stage : List.of("ingest", "analysis", "entity", "enrich")) {
      for (String later : List.of("revue.index.", "revue.search.", "revue.cli.")) {
        assertEquals(
            List.of(), filesMentioning(SOURCES.resolve(stage), later), stage + " -> " + later);
      }
    }
  }

  @Test
  void onlyTheCliUsesTheCli() throws IOException {
    List<String> users = new ArrayList<>();
    try (Stream<Path> packages = Files.list(SOURCES)) {
      for (Path p : packages.filter(Files::isDirectory).toList()) {
        if (!p.getFileName().toString().equals("cli")) {
          users.addAll(filesMentioning(p, "revue.cli."));
        }
      }
    }
    try (Stream<Path> top = Files.list(SOURCES)) {
      for (Path f : top.filter(Files::isRegularFile).toList()) {
        if (Files.readString(f, StandardCharsets.UTF_8).contains("revue.cli.")) {
          users.add(f.toString());
        }
      }
    }
    assertEquals(List.of(), users);
  }

  /** The public and protected types of package revue, nested ones included. */
  static List<Class<?>> apiTypes() throws IOException, ClassNotFoundException {
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.list(CLASSES.resolve("revue"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = "revue." + f.getFileName().toString().replace(".class", "");
        Class<?> c = Class.forName(name, false, ApiBoundaryTest.class.getClassLoader());
        if (isVisible(c)) {
          types.add(c);
        }
      }
    }
    return types;
  }

  private static boolean isVisible(Class<?> c) {
    for (Class<?> t = c; t != null; t = t.getDeclaringClass()) {
      int m = t.getModifiers();
      if (!Modifier.isPublic(m) && !Modifier.isProtected(m)) {
        return false;
      }
      if (t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  private static List<Type> signatureTypes(Class<?> type) {
    List<Type> types = new ArrayList<>();
    if (type.getGenericSuperclass() != null) {
      types.add(type.getGenericSuperclass());
    }
    types.addAll(List.of(type.getGenericInterfaces()));
    for (Field f : type.getDeclaredFields()) {
      if (visible(f.getModifiers())) {
        types.add(f.getGenericType());
      }
    }
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (visible(c.getModifiers())) {
        types.addAll(List.of(c.getGenericParameterTypes()));
        types.addAll(List.of(c.getGenericExceptionTypes()));
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (visible(m.getModifiers()) && !m.isSynthetic()) {
        types.add(m.getGenericReturnType());
        types.addAll(List.of(m.getGenericParameterTypes()));
        types.addAll(List.of(m.getGenericExceptionTypes()));
      }
    }
    return types;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static List<Class<?>> namedClasses(Type t) {
    List<Class<?>> out = new ArrayList<>();
    if (t instanceof Class<?> c) {
      while (c.isArray()) {
        c = c.getComponentType();
      }
      if (!c.isPrimitive()) {
        out.add(c);
      }
    } else if (t instanceof ParameterizedType p) {
      out.addAll(namedClasses(p.getRawType()));
      for (Type a : p.getActualTypeArguments()) {
        out.addAll(namedClasses(a));
      }
    } else if (t instanceof GenericArrayType g) {
      out.addAll(namedClasses(g.getGenericComponentType()));
    } else if (t instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        out.addAll(namedClasses(b));
      }
      for (Type b : w.getLowerBounds()) {
        out.addAll(namedClasses(b));
      }
    } else if (t instanceof TypeVariable<?> v) {
      for (Type b : v.getBounds()) {
        out.addAll(namedClasses(b));
      }
    }
    return out;
  }

  private static boolean isApiOrJdk(Class<?> c) {
    String pkg = c.getPackageName();
    return pkg.equals("revue") || pkg.startsWith("java.");
  }

  private static List<String> filesMentioning(Path dir, String text) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        if (Files.readString(f, StandardCharsets.UTF_8).contains(text)) {
          found.add(f.toString());
        }
      }
    }
    return found;
  }
}
