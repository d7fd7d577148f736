# Sourced by the benchmark scripts that drive load through HTTP.
# The load generator shares the cores with the system it measures: the client compiler alone and the serial
# collector keep its JIT and GC threads off them (at 200 answers/s, bench/answer-to-path.sh's generator took 45% of
# a core with the JVM's defaults, 18% with these). GENERATOR_JVM_OPTS= (empty) runs it with the JVM's defaults.
GENERATOR_JVM_OPTS=${GENERATOR_JVM_OPTS--XX:TieredStopAtLevel=1 -XX:+UseSerialGC}
