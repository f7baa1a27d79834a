package revue.cli;
public final class RevueCli { public static void main(String[] a){ System.out.println(Runtime.version()); } }
