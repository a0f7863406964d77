// libyaml, the C YAML 1.1 parser and emitter Debian ships (libyaml-dev) and PyYAML and Ruby build on.
#include <yaml.h>
