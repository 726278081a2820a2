"""Benchmarks run as project commands (`newsweave bench ...`): each measures newsweave and
its anchor in the same run on the same machine, prints a table and can write JSON."""
