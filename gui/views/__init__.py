"""The teaching views: evaluate, inside the network, compare, the lab report task."""
