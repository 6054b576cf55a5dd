print("simulated Ctrl-C")
raise KeyboardInterrupt
